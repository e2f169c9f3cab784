// Built against dfs's dependence relation (TestReductionKeepsOutcomes).
// A read of a non-empty map inside another goroutine's write.
// W opens a write window on the map; R's step while it is open is Go's
// fatal error, which ends the process in that step; main prints x. Which
// of R's step and main's print comes first decides whether x was printed
// before the end. The reduced search reversed only R's race with W's write
// (its latest dependent step), and in the reversed run R's step no longer
// failed: at bound 2 it never ended the process before main's print
// (plain dfs does), until a write's first half was dependent with
// everything (vm/maps.go's writeBroad) as the failing step is.
package main

import "fmt"

func main() {
	m := map[int]int{0: 0}
	gate := make(chan bool)
	done := make(chan bool)
	go func() { // W
		<-gate
		m[1] = 1
		done <- true
	}()
	go func() { // R
		<-gate
		_ = m[0]
		done <- true
	}()
	close(gate)
	fmt.Println("x")
	<-done
	<-done
}
