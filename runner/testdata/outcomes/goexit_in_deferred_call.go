// runtime.Goexit called from a deferred function after a normal return:
// the remaining deferred calls still run, the goroutine ends, and main,
// waiting on the WaitGroup, prints after the goroutine's last line.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("outer defer")
		defer runtime.Goexit()
		fmt.Println("body")
	}()
	fmt.Println("main waits")
	wg.Wait()
	fmt.Println("main done")
}
