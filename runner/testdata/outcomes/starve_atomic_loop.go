// A goroutine adds to an atomic counter forever (every Add is an effect,
// so the poll rule never makes it yield) while main sleeps briefly, reads
// the counter and returns. In Go main's line is printed and the program
// exits 0; whether the counter is 0 when main reads it depends on whether
// the goroutine ran first. A schedule that picks the adder at every step
// while main waits never ends (fair.go's endWindow).
// outcomes: dfs-bound=1 dfs-runs=40 random=60 pct=60 max-steps=8000000
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	go func() {
		for {
			n.Add(1)
		}
	}()
	fmt.Println("main done, counted:", n.Load() > 0)
}
