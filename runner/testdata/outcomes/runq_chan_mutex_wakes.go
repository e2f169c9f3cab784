// Six workers report through a buffered channel, each waking main, and
// then queue on a mutex main holds; main's Unlock wakes the first, and
// each worker's last Unlock wakes the next. At GOMAXPROCS=1 the worker
// started last runs first (runnext), main runs after each report (woken
// into runnext), and the mutex's queue then decides the rest: real Go
// printed the order below 199 of 200 runs at GOMAXPROCS=1 when this
// program was written. dfs's first schedule follows Go's run queue
// (ChoicePoint.Natural); before, dfs and random reached the order in none
// of 5,000 schedules, PCT in 1.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var (
		mu      sync.Mutex
		wg      sync.WaitGroup
		order   []int
		arrived = make(chan int, 6)
	)
	mu.Lock()
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			arrived <- i
			for range 3 {
				mu.Lock()
				order = append(order, i)
				mu.Unlock()
			}
		}()
	}
	for range 6 {
		<-arrived
	}
	mu.Unlock()
	wg.Wait()
	fmt.Println("one-P order:", fmt.Sprint(order) == "[5 5 5 0 0 0 1 1 1 2 2 2 3 3 3 4 4 4]")
}
