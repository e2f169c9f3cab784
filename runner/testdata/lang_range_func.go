// Range over iterator functions (iter.Seq / iter.Seq2): early break, continue,
// defer inside the iterator, and return from inside the loop body.
package main

import (
	"fmt"
	"iter"
)

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			fmt.Println("  yielding", i)
			if !yield(i) {
				fmt.Println("  consumer stopped at", i)
				return
			}
		}
		fmt.Println("  countdown exhausted")
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func withDefer() iter.Seq[string] {
	return func(yield func(string) bool) {
		defer fmt.Println("  iterator cleanup")
		for _, s := range []string{"a", "b", "c"} {
			if !yield(s) {
				return
			}
		}
	}
}

func main() {
	for v := range Countdown(3) {
		fmt.Println("got", v)
	}
	for v := range Countdown(5) {
		fmt.Println("got", v)
		if v == 4 {
			break
		}
	}
	for i, s := range Enumerate([]string{"p", "q", "r"}) {
		if i == 1 {
			continue
		}
		fmt.Println(i, s)
	}
	for s := range withDefer() {
		fmt.Println("consume", s)
		if s == "b" {
			break
		}
	}
	found := func() int {
		for v := range Countdown(10) {
			if v == 8 {
				return v * 100
			}
		}
		return -1
	}()
	fmt.Println("returned from inside range-over-func:", found)
outer:
	for i := range Countdown(2) {
		for j := range Countdown(3) {
			fmt.Println("pair", i, j)
			if j == 2 {
				continue outer
			}
		}
	}
	defer fmt.Println("main deferred")
	for v := range Countdown(1) {
		defer fmt.Println("deferred in loop body", v)
	}
	fmt.Println("end of main")
}
