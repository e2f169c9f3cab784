// A goroutine calls Done once too often while main waits: the second Done
// panics "sync: negative WaitGroup counter"; main may or may not get to
// print after its Wait returned.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Done()
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("waited")
}
