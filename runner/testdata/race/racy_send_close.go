// A goroutine sends on a channel that main closes without waiting for the
// send: the close races with the send (had the send come later, it would
// have panicked).
package main

import "time"

func main() {
	ch := make(chan int, 1)
	go func() {
		ch <- 1
	}()
	time.Sleep(10 * time.Millisecond)
	close(ch)
	println(<-ch, len(ch))
}
