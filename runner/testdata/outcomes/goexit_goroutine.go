// runtime.Goexit in a goroutine runs its deferred calls (wg.Done) and
// ends only that goroutine; the code after Goexit never runs. A second
// goroutine races to print.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		defer fmt.Println("a deferred")
		runtime.Goexit()
		fmt.Println("a after Goexit")
	}()
	go func() {
		defer wg.Done()
		fmt.Println("b")
	}()
	wg.Wait()
	fmt.Println("main done")
}
