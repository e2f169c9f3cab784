// fmt.Println of a slice reads its elements when it prints them: a
// goroutine writing an element while main computes first is seen by the
// print or not (a data race on the element).
// outcomes: random=100 pct=100 dfs-runs=500
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	done := make(chan bool)
	go func() {
		s[1] = 5
		done <- true
	}()
	x, d := 0, len(s)+5
	for i := range 40000 {
		x += i % d
	}
	fmt.Println(s, x > 0)
	<-done
}
