// time.AfterFunc(0, f) is due at once: another P may run it before the
// very next statement's Stop (Stop false, and f runs: waited for here) or
// not (Stop true). A second timer, Reset to an hour right after
// AfterFunc(0), likewise reports whether it was still pending.
package main

import (
	"fmt"
	"time"
)

func main() {
	ranA := make(chan bool, 1)
	ranB := make(chan bool, 1)
	done := make(chan bool)
	go func() {
		t := time.AfterFunc(0, func() { ranA <- true })
		stopped := t.Stop()
		u := time.AfterFunc(0, func() { ranB <- true })
		pending := u.Reset(time.Hour)
		u.Stop()
		if !stopped {
			<-ranA
		}
		if !pending {
			<-ranB
		}
		fmt.Println(stopped, pending)
		done <- true
	}()
	<-done
}
