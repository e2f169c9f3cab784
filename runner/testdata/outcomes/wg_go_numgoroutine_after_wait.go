// WaitGroup.Go (Go 1.25): Wait returns when the three tasks called
// Done, which each task's goroutine does before it exits, so the count
// right after Wait may still include some of them.
//
// outcomes: min-reached=2 real-runs=150
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Go(func() { _ = i })
	}
	wg.Wait()
	fmt.Println(runtime.NumGoroutine())
}
