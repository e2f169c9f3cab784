// A negative WaitGroup counter panics (recoverable) and stays negative.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Done()
	}()
	fmt.Println("the counter stays at -1; Add(1) brings it back to zero")
	wg.Add(1)
}
