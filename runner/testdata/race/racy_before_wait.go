// main reads the result before Wait: the WaitGroup only orders accesses
// that come after Wait returns.
package main

import (
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	result := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		result = 42
	}()
	time.Sleep(10 * time.Millisecond)
	println("early:", result)
	wg.Wait()
	println("late:", result)
}
