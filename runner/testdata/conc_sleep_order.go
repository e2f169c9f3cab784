// Goroutines with distinct sleep lengths finish in sleep order. Elapsed times
// are truncated or compared with a lower bound, so the output is the same under
// virtual time and under real time on a loaded machine (a real sleep may
// overshoot by tens of milliseconds, never undershoot).
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
	for _, d := range []int{300, 100, 400, 200} {
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
	elapsed := time.Since(start).Truncate(100 * time.Millisecond)
	fmt.Println("elapsed:", elapsed)
	t0 := time.Now()
	for i := 0; i < 3; i++ {
		time.Sleep(50 * time.Millisecond)
	}
	fmt.Println("sequential sleeps took at least 150ms:", time.Since(t0) >= 150*time.Millisecond)
	t1 := time.Now()
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("zero and negative sleeps return at once:", time.Since(t1) < 50*time.Millisecond)
	done := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		done <- "slow"
	}()
	go func() {
		time.Sleep(100 * time.Millisecond)
		done <- "fast"
	}()
	fmt.Println(<-done, <-done)
}
