// A spin counting its polls while it waits for a sleeper: the count grows
// at every turn, so no turn repeats another and the clock may not skip to
// the sleeper's timer; main polls for the whole millisecond, as in Go,
// many more times than the fairness rule's eight.
// outcomes: dfs-runs=20 random=20 pct=20
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var flag atomic.Bool
	go func() {
		time.Sleep(time.Millisecond)
		flag.Store(true)
	}()
	tries := 0
	for !flag.Load() {
		tries++
	}
	fmt.Println("many", tries > 1000)
}
