// Two goroutines race to run a sync.Once; exactly one wins, either may.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	winner := -1
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { winner = i })
		}()
	}
	wg.Wait()
	fmt.Println("winner", winner)
}
