package work

// Maps is map churn: updates, lookups and deletions.
func Maps() int {
	m := map[int]int{}
	n := 0
	for i := 0; i < 200000; i++ {
		m[i%1000] += i
		if i%3 == 0 {
			delete(m, i%500)
		}
		if _, ok := m[i%700]; ok {
			n++
		}
	}
	return len(m) + n
}
