// An unrecovered panic whose value's Error method prints: Go calls it in
// gopanic (preprintpanics) before fatalpanic marks the process panicking,
// so main, woken just before, may print after the method's line and even
// return with status 0 before the panic message is printed.
//
// outcomes: min-reached=4
package main

import "fmt"

type loud struct{}

func (loud) Error() string {
	fmt.Println("Error called")
	return "loud error"
}

func main() {
	ready := make(chan struct{})
	go func() {
		ready <- struct{}{}
		panic(loud{})
	}()
	<-ready
	fmt.Println("main done")
}
