// Go 1.23 timers: after Ticker.Stop no tick is received, not even one that
// fell due before the Stop while nobody was receiving; a Reset ticker ticks
// again.
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("stale tick")
	default:
		fmt.Println("no tick")
	}
	tk.Reset(time.Millisecond)
	<-tk.C
	fmt.Println("ticked again")
	tk.Stop()
}
