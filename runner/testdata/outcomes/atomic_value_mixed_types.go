// atomic.Value stores of two different concrete types from two
// goroutines: the second store panics; the winner's print shows which one
// stored first.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); v.Store(1); fmt.Println("int stored") }()
	go func() { defer wg.Done(); v.Store("s"); fmt.Println("string stored") }()
	wg.Wait()
}
