// Two goroutines race to Once.Do: one's function calls runtime.Goexit,
// which still marks the Once done (Do's deferred store runs), so the
// other's function runs only if it came first.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		once.Do(func() { runtime.Goexit() })
		fmt.Println("unreachable")
	}()
	go func() {
		defer wg.Done()
		once.Do(func() { fmt.Println("printer ran") })
		fmt.Println("printer returned")
	}()
	wg.Wait()
	fmt.Println("done")
}
