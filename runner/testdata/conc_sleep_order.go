// Goroutines with distinct sleep lengths finish in sleep order; elapsed time
// is rounded so the output is the same under real and virtual time.
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
	elapsed := time.Since(start).Round(100 * time.Millisecond)
	fmt.Println("elapsed:", elapsed)
	t0 := time.Now()
	for i := 0; i < 3; i++ {
		time.Sleep(50 * time.Millisecond)
	}
	fmt.Println("sequential sleeps:", time.Since(t0).Round(50*time.Millisecond))
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("zero and negative sleeps return at once:", time.Since(t0).Round(50*time.Millisecond))
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
