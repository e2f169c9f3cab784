// One goroutine panics while two others print and main waits for them:
// the crash can come before, between or after their lines, but the lines
// that do appear keep each goroutine's own order.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("a1")
		fmt.Println("a2")
	}()
	go func() {
		defer wg.Done()
		fmt.Println("b1")
	}()
	go func() {
		panic("worker failed")
	}()
	wg.Wait()
	select {}
}
