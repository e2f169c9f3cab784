// A goroutine signals main, works a while, and then starts another
// goroutine: main's count may come before that go statement (2) or after
// it (3).
//
// outcomes: max-steps=5000000 random=20 pct=20 dfs-runs=50
package main

import (
	"fmt"
	"runtime"
)

func main() {
	ready := make(chan bool)
	block := make(chan bool)
	go func() {
		ready <- true
		work()
		go func() { <-block }()
		<-block
	}()
	<-ready
	fmt.Println(runtime.NumGoroutine())
}

var sink int

// work runs a loop of half a million additions, about a millisecond.
func work() {
	s := 0
	for i := 0; i < 500000; i++ {
		s += i
	}
	sink = s
}
