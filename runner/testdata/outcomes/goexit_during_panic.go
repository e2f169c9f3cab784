// A deferred call that runs runtime.Goexit while its goroutine panics: the
// panic is abandoned (never printed), the goroutine ends, and the program
// goes on; another goroutine's line races with it.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Go(func() {
		defer runtime.Goexit()
		panic("swallowed")
	})
	wg.Go(func() { fmt.Println("other") })
	wg.Wait()
	fmt.Println("main done")
}
