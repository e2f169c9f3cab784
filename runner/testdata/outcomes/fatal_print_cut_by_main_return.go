// A goroutine unlocks a mutex nobody holds right after waking main. Go's
// fatal prints "fatal error: ", the message and the newline as writes of
// their own before fatalthrow marks the process panicking (which stops
// main's return from exiting): main may print and return in between, so
// the process exits 0 with stderr cut after "fatal error: " or after the
// message.
//
// outcomes: min-reached=4
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	ready := make(chan struct{})
	go func() {
		ready <- struct{}{}
		mu.Unlock()
	}()
	<-ready
	fmt.Println("main done")
}
