// A goroutine blocks on a timer's channel; main Resets the timer to a later
// deadline well before it fires, so a sleeper due in between reports first.
// (The gaps are tens of milliseconds: a loaded machine can make a short
// Sleep overshoot by several, and Interleave's clock does not.)
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	done := make(chan bool)
	go func() {
		<-t.C
		fmt.Println("timer")
		done <- true
	}()
	go func() {
		time.Sleep(100 * time.Millisecond)
		fmt.Println("sleeper")
		done <- true
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("reset", t.Reset(200*time.Millisecond))
	<-done
	<-done
}
