// Ticks that fired before anyone received them wait in the timer's hidden
// one-element slot (the channel is unbuffered to the program); receiving
// them under the race detector is clean.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	tk := time.NewTicker(time.Millisecond)
	after := time.After(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	<-t.C
	<-tk.C
	tk.Stop()
	select {
	case <-after:
		fmt.Println("after: ready")
	default:
		fmt.Println("after: not ready")
	}
	fmt.Println("len", len(t.C), "cap", cap(tk.C))
}
