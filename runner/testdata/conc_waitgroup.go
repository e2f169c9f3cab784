// sync.WaitGroup patterns: Add before go, WaitGroup.Go, reuse after Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i * i
		}()
	}
	wg.Wait()
	fmt.Println("cubes:", results)
	squares := make([]int, 5)
	for i := range squares {
		wg.Go(func() { squares[i] = i * i })
	}
	wg.Wait()
	fmt.Println("squares via wg.Go:", squares)
	wg.Wait() // waiting on a zero counter returns at once
	fmt.Println("second Wait returned")
	var outer sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for g := 0; g < 3; g++ {
		outer.Add(1)
		go func() {
			defer outer.Done()
			var inner sync.WaitGroup
			for k := 0; k < 4; k++ {
				inner.Add(1)
				go func() {
					defer inner.Done()
					mu.Lock()
					total += g*10 + k
					mu.Unlock()
				}()
			}
			inner.Wait()
		}()
	}
	outer.Wait()
	fmt.Println("nested total:", total)
	done := make(chan bool)
	var wg3 sync.WaitGroup
	wg3.Add(3)
	for i := 0; i < 3; i++ {
		go wg3.Done()
	}
	go func() {
		wg3.Wait()
		done <- true
	}()
	fmt.Println("waiter signalled:", <-done)
}
