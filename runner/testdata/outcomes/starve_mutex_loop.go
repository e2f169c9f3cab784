// A goroutine that loops forever with an effect at every turn (a Lock and
// an Unlock) while main returns: in Go main's line is printed and the
// program exits 0, every time (the loop is preempted within 10 ms, and at
// GOMAXPROCS=2 main runs beside it). A schedule that picks the loop at
// every step while main waits never ends: dfs (going on is free) and PCT
// (the loop's priority above main's) reported the instruction budget or
// the memory cap as the program's failure before the starvation rule
// (fair.go's endWindow).
// outcomes: dfs-bound=1 dfs-runs=40 random=60 pct=60 max-steps=8000000
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	n := 0
	go func() {
		for {
			mu.Lock()
			n++
			mu.Unlock()
		}
	}()
	fmt.Println("main done")
}
