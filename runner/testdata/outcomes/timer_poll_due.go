// A timer's channel is polled after the timer is due: Go runs the due
// timer at the receive (runtime maybeRunChan), so the poll always sees the
// tick, however late the runtime would have looked at its timer heap. A
// goroutine sleeping as long as the timers lets the timers and the sleep
// fall due at the same instant (a contest in Interleave).
// outcomes: min-reached=2
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(10 * time.Millisecond)
	tk := time.NewTicker(10 * time.Millisecond)
	t2 := time.NewTimer(10 * time.Millisecond)
	closed := make(chan struct{})
	close(closed)
	done := make(chan bool)
	go func() {
		time.Sleep(10 * time.Millisecond)
		select {
		case <-t.C:
			fmt.Println("timer")
		default:
			fmt.Println("no timer")
		}
		select {
		case <-tk.C:
			fmt.Println("tick")
		default:
			fmt.Println("no tick")
		}
		select {
		case <-t2.C:
			fmt.Println("second timer")
		case <-closed:
			fmt.Println("closed")
		}
		done <- true
	}()
	<-done
	tk.Stop()
}
