// fmt.Println of a map iterates it through reflect (sorted by
// internal/fmtsort): a goroutine updating a key while main computes first
// is seen by the print or not, and a write during the iteration is
// Go's "concurrent map iteration and map write".
// outcomes: random=100 pct=100 dfs-runs=500
package main

import "fmt"

func main() {
	m := map[int]int{1: 10, 2: 20}
	done := make(chan bool)
	go func() {
		m[2] = 21
		done <- true
	}()
	// Work that takes Go tens of microseconds (a division each turn) but
	// few instructions, so the goroutine on another P gets going.
	s, d := 0, len(m)+5
	for i := range 40000 {
		s += i % d
	}
	fmt.Println(m, s > 0)
	<-done
}
