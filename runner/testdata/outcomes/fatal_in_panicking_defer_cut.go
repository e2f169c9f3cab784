// A goroutine panics; one of its deferred calls unlocks a Mutex already
// unlocked by the other: a fatal error during the panic. Go's fatal first
// prints the panic (printPreFatalDeferPanic: "panic: ", the value, the
// newline, a tab), then "fatal error: " and the message, each a write of
// its own, before fatalthrow marks the process panicking: main, woken
// just before, may print and return in between, exiting 0 with stderr cut
// after any of them.
//
// outcomes: min-reached=4
package main

import (
	"fmt"
	"sync"
)

func main() {
	ready := make(chan struct{})
	go func() {
		var mu sync.Mutex
		mu.Lock()
		defer mu.Unlock()
		defer mu.Unlock()
		ready <- struct{}{}
		panic("boom")
	}()
	<-ready
	fmt.Println("main done")
}
