// As fatal_print_cut_by_main_return, with an RWMutex's RUnlock and main
// ending the process with os.Exit(3), which does not wait for a panic or
// fatal error in flight: status 3 with stderr cut after "fatal error: "
// or after the message.
//
// outcomes: min-reached=4
package main

import (
	"fmt"
	"os"
	"sync"
)

func main() {
	var rw sync.RWMutex
	ready := make(chan struct{})
	go func() {
		ready <- struct{}{}
		rw.RUnlock()
	}()
	<-ready
	fmt.Println("main done")
	os.Exit(3)
}
