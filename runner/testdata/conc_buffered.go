// Buffered channels: len and cap, filling and draining, a producer ahead of its consumer.
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan string, 3)
	fmt.Println("len", len(ch), "cap", cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println("len", len(ch), "cap", cap(ch))
	fmt.Println(<-ch, len(ch))
	ch <- "c"
	ch <- "d"
	fmt.Println("full:", len(ch) == cap(ch))
	close(ch)
	for s := range ch {
		fmt.Println("drained", s)
	}
	v, ok := <-ch
	fmt.Printf("after close: %q %v len=%d\n", v, ok, len(ch))

	jobs := make(chan int, 5)
	var wg sync.WaitGroup
	var consumed []int
	wg.Add(1)
	go func() {
		defer wg.Done()
		for j := range jobs {
			consumed = append(consumed, j*10)
		}
	}()
	for i := 0; i < 12; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	fmt.Println(consumed)

	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxActive, active := 0, 0
	var wg2 sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			maxActive = max(maxActive, active)
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("at most 2 active:", maxActive <= 2, "active now:", active)
	var nilCh chan int
	fmt.Println(len(nilCh), cap(nilCh), nilCh == nil)
	unbuf := make(chan int)
	fmt.Println(len(unbuf), cap(unbuf))
}
