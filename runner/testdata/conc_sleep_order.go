// Goroutines with distinct sleep lengths finish in sleep order. The oracle
// compares with one run of real Go on a possibly loaded machine, where a sleep
// may overshoot by tens of milliseconds (never undershoot), and a stall that
// lets two sleepers' timers expire together readies them in one batch, the
// later-readied one first (runnext): so the sleeps are 250ms apart, and
// elapsed times are compared with a lower bound (or a bound far above any
// stall), never rounded.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []string
	for _, d := range []int{750, 250, 1000, 500} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(d) * time.Millisecond)
			mu.Lock()
			order = append(order, fmt.Sprintf("%dms", d))
			mu.Unlock()
			fmt.Println("woke after", d, "ms")
		}()
	}
	wg.Wait()
	fmt.Println("order:", order)
	// The sleeps overlap: the total is the longest one, not their sum (2.5s).
	elapsed := time.Since(start)
	fmt.Println("elapsed: the longest sleep, not the sum:", elapsed >= time.Second && elapsed < 2*time.Second)
	t0 := time.Now()
	for i := 0; i < 3; i++ {
		time.Sleep(50 * time.Millisecond)
	}
	fmt.Println("sequential sleeps took at least 150ms:", time.Since(t0) >= 150*time.Millisecond)
	t1 := time.Now()
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("zero and negative sleeps return at once:", time.Since(t1) < 500*time.Millisecond)
	done := make(chan string)
	go func() {
		time.Sleep(500 * time.Millisecond)
		done <- "slow"
	}()
	go func() {
		time.Sleep(250 * time.Millisecond)
		done <- "fast"
	}()
	fmt.Println(<-done, <-done)
}
