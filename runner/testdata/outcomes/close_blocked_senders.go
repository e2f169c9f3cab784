// Closing a channel while senders are blocked on it makes them panic with
// "send on closed channel"; a sender that got its value received first
// returns normally. Main receives one value, then closes.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	for i := range 2 {
		go func() { ch <- i }()
	}
	v := <-ch
	time.Sleep(10 * time.Millisecond)
	close(ch)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("got", v)
}
