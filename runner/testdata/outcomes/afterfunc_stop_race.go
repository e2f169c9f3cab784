// time.AfterFunc races with Stop at the same deadline: main sleeps exactly
// as long as the timer's duration, so the function may have started (Stop
// returns false) or not (Stop returns true and it never runs).
package main

import (
	"fmt"
	"time"
)

func main() {
	ran := make(chan bool, 1)
	t := time.AfterFunc(time.Millisecond, func() { ran <- true })
	time.Sleep(time.Millisecond)
	if t.Stop() {
		fmt.Println("stopped")
		return
	}
	fmt.Println("ran", <-ran)
}
