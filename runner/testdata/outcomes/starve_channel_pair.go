// Two goroutines hand a value back and forth forever while main returns:
// each steps in turn, so neither runs long alone, but together they can
// keep main from ever running again. In Go main prints its line and the
// program exits 0, every time; the starvation rule (fair.go's endWindow)
// looks at how long a runnable goroutine went without a turn, not at
// how long one ran.
// outcomes: dfs-bound=1 dfs-runs=40 random=60 pct=60 max-steps=8000000
package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	go func() {
		v := 0
		for {
			ping <- v
			v = <-pong
		}
	}()
	fmt.Println("main done")
}
