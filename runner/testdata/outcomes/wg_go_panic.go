// A function started with WaitGroup.Go panics: the panic is not recovered
// by the WaitGroup and ends the program, whether or not main has printed.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Go(func() { panic("worker failed") })
	fmt.Println("main waiting")
	wg.Wait()
	fmt.Println("unreachable")
}
