// Two goroutines sleep equally long and then report: their timers fall due
// at (almost) the same instant, so either may wake first.
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string, 2)
	for _, name := range []string{"a", "b"} {
		go func() {
			time.Sleep(5 * time.Millisecond)
			out <- name
		}()
	}
	fmt.Println(<-out, <-out)
}
