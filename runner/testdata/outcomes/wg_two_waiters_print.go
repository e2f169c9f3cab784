// Two goroutines wait on one WaitGroup (main and a helper); a worker's Done
// releases both, and their prints come in either order.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	helperDone := make(chan bool)
	go func() {
		wg.Wait()
		fmt.Println("helper released")
		helperDone <- true
	}()
	go wg.Done()
	wg.Wait()
	fmt.Println("main released")
	<-helperDone
}
