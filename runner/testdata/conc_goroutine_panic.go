// A panic in a goroutine kills the whole program; main's deferred calls do not run.
package main

import (
	"fmt"
	"sync"
)

func process(items []string, idx int) string {
	return items[idx]
}

func main() {
	defer fmt.Println("main deferred (never printed)")
	items := []string{"a", "b"}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("worker deferred print runs")
		for i := 0; i < 3; i++ {
			fmt.Println("worker got", process(items, i))
		}
	}()
	wg.Wait()
	fmt.Println("never printed")
}
