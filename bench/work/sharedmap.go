package work

import "sync"

// SharedMap has two goroutines read one map (reads may overlap; no write
// does), so every lookup is a visible operation with two goroutines
// ready to run.
func SharedMap() int {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i
	}
	var wg sync.WaitGroup
	sums := make([]int, 2)
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func(g int) { // g passed: yaegi shares a loop variable between iterations
			defer wg.Done()
			s := 0
			for i := 0; i < 100000; i++ {
				s += m[i%1000]
			}
			sums[g] = s
		}(g)
	}
	wg.Wait()
	return sums[0] + sums[1]
}
