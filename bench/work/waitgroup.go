package work

import "sync"

// WaitGroup churns a WaitGroup's counter from four goroutines: each Add and
// Done is a visible operation, and main's Wait waits for all of them.
func WaitGroup() int {
	var wg, counters sync.WaitGroup
	rounds := make([]int, 4)
	for g := range rounds {
		wg.Add(1)
		go func(g int) { // g passed: yaegi shares a loop variable between iterations
			defer wg.Done()
			for i := 0; i < 50000; i++ {
				counters.Add(1)
				counters.Done()
				rounds[g]++
			}
		}(g)
	}
	wg.Wait()
	counters.Wait()
	return rounds[0] + rounds[1] + rounds[2] + rounds[3]
}
