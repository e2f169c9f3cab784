// A racy flag polled inside a called function: the loop's scheduling
// point, if any, would be in the callee.
package main

import "fmt"

var ready bool
var msg string

func isReady() bool { return ready }

func main() {
	go func() {
		msg = "hello"
		ready = true
	}()
	for !isReady() {
	}
	fmt.Println(msg)
}
