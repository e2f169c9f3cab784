// A goroutine signals main and then starts another goroutine: main's count
// may come before that go statement (2) or after it (3). A go statement is
// a scheduling point that NumGoroutine observes.
//
// outcomes: min-reached=2
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
		go func() { <-block }()
		<-block
	}()
	<-ready
	fmt.Println(runtime.NumGoroutine())
}
