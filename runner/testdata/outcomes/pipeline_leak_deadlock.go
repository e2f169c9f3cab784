// The same leak, but main then waits on a channel nobody will send on:
// every goroutine is blocked, so the runtime reports the deadlock.
package main

import "fmt"

func main() {
	out := make(chan int)
	go func() {
		for i := range 3 {
			out <- i
		}
	}()
	fmt.Println(<-out)
	done := make(chan bool)
	<-done
}
