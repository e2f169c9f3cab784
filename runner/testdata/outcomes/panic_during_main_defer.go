// A goroutine panics while main runs its deferred calls: the panic ends
// the process unless main's deferred print and return come first.
package main

import "fmt"

func main() {
	ready := make(chan bool)
	defer func() {
		fmt.Println("deferred")
	}()
	go func() {
		<-ready
		panic("worker failed")
	}()
	close(ready)
}
