// A racy read and a racy write of the same variable: the read may come
// before or after the write, so main prints 0 or 1.
// outcomes: dfs-runs=300 random=30 pct=30
package main

import "fmt"

var x int

func work() int {
	s := 0
	for j := 0; j < 200000; j++ {
		s += j
	}
	return s >> 62
}

func main() {
	done := make(chan bool)
	go func() {
		x = 1
		done <- true
	}()
	w := work()
	fmt.Println(x + w)
	<-done
}
