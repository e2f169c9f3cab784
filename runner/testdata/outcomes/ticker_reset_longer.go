// A ticker Reset to a longer period after its first tick: the next tick
// comes a whole new period later, after a timeout started with the Reset
// that the old period would have beaten.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	<-t.C
	fmt.Println("tick 1")
	t.Reset(300 * time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("old period")
	case <-time.After(150 * time.Millisecond):
		fmt.Println("timeout")
	}
	<-t.C
	fmt.Println("tick 2")
}
