// main waits on a channel nobody sends on; a goroutine sleeps, prints and
// exits. Only after it exits are all goroutines asleep: the deadlock comes
// after its line.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(5 * time.Millisecond)
		fmt.Println("sleeper done")
	}()
	ch := make(chan int)
	<-ch
}
