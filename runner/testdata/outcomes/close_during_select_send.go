// A goroutine blocks in a select sending on ch (or waiting on quit); main
// closes ch instead of receiving. The blocked send panics unless quit is
// taken first, and main prints before or after the crash.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	quit := make(chan bool)
	go func() {
		select {
		case ch <- 1:
			fmt.Println("sent")
		case <-quit:
			fmt.Println("quit")
		}
	}()
	close(quit)
	close(ch)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main done")
}
