// wg.Add(-1) on a zero counter panics in the caller at once, recoverable;
// a goroutine's Done after Wait started releases it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Add(-1)
	}()
	wg.Add(1)
	go func() {
		fmt.Println("worker")
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("done")
}
