// A racy spin on a plain bool: main polls `ready` with no synchronisation
// until a goroutine sets it. Before the race detector has seen the race the
// loop has no scheduling point; real Go preempts the spinner
// asynchronously, so it always ends (the VM: a forced preemption once the
// spinner's state repeats, vm/preempt.go).
package main

import "fmt"

var ready bool
var value int

func main() {
	go func() {
		value = 42
		ready = true
	}()
	for !ready {
	}
	fmt.Println(value)
}
