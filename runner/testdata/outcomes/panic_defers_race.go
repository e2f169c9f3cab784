// A goroutine panics; its deferred call wakes main. Until the panic ends
// the process, main may run: print, and even return with status 0.
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	ready := make(chan struct{})
	go func() {
		defer close(ready)
		panic("boom")
	}()
	<-ready
	fmt.Println("main woke")
}
