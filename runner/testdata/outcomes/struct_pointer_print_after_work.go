// fmt.Println of a pointer to a struct prints &{...} from the pointed-to
// fields when it formats them: a goroutine writing a field while main
// computes first is seen by the print or not (a data race on the field).
// outcomes: random=100 pct=100 dfs-runs=500
package main

import "fmt"

type point struct{ X, Y int }

func main() {
	p := &point{1, 2}
	done := make(chan bool)
	go func() {
		p.Y = 5
		done <- true
	}()
	x, d := 0, p.X+5
	for i := range 40000 {
		x += i % d
	}
	fmt.Println(p, x > 0)
	<-done
}
