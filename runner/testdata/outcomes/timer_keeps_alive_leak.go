// One goroutine is blocked forever (leaked); main waits for an AfterFunc's
// send, so the program is not deadlocked and exits 0 with the leak.
package main

import (
	"fmt"
	"time"
)

func main() {
	leak := make(chan int)
	go func() { <-leak }()
	got := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { got <- "from timer" })
	fmt.Println(<-got)
}
