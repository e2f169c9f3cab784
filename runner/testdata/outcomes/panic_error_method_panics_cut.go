// A panic value whose Error method panics: preprintpanics throws "panic
// while printing panic value", printing "fatal error: " and the message
// as writes of their own before fatalthrow; main, woken just before, may
// print and return in between: exit 0 with stderr cut after either.
//
// outcomes: min-reached=4
package main

import "fmt"

type bad struct{}

func (bad) Error() string { panic("in Error") }

func main() {
	ready := make(chan struct{})
	go func() {
		ready <- struct{}{}
		panic(bad{})
	}()
	<-ready
	fmt.Println("main done")
}
