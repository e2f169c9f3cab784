// A Cond used for the first time by one goroutine (its Broadcast stores
// the Cond's address in the copy checker) while main copies it: a copy
// made after that first use panics "sync.Cond is copied" when used; a
// copy made before is a Cond of its own.
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	c := sync.NewCond(&sync.Mutex{})
	done := make(chan bool)
	go func() {
		c.Broadcast()
		done <- true
	}()
	cc := *c
	<-done
	cc.Signal()
	fmt.Println("copy made before the first use")
}
