// A goroutine sends, runs a short loop and ends; main, woken by the send,
// counts the goroutines: the sender may not have ended yet (2) or may have
// (1). A goroutine's exit is a scheduling point that NumGoroutine observes.
// With this short a loop real Go showed 1 in 600 runs on a loaded machine
// (the goroutine usually ends before another P steals main from its P's
// runnext); numgoroutine_after_send_work shows the other order.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		done <- true
		s := 0
		for i := 0; i < 100; i++ {
			s += i
		}
		_ = s
	}()
	<-done
	fmt.Println(runtime.NumGoroutine())
}
