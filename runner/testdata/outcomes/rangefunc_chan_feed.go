// A range-over-func iterator that yields what two producers send on a
// channel; the loop breaks after two values. Which values come first is
// the scheduler's; the iterator's deferred print runs when the loop breaks.
package main

import (
	"fmt"
	"iter"
)

func merged(ch chan string) iter.Seq[string] {
	return func(yield func(string) bool) {
		defer fmt.Println("iterator done")
		for v := range ch {
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	ch := make(chan string)
	go func() { ch <- "a1"; ch <- "a2" }()
	go func() { ch <- "b1" }()
	n := 0
	for v := range merged(ch) {
		fmt.Println(v)
		n++
		if n == 2 {
			break
		}
	}
	fmt.Println("main done")
}
