package work

// Loop is an integer loop of three million iterations.
func Loop() int {
	s := 0
	for i := 0; i < 3000000; i++ {
		s += i & 7
	}
	return s
}
