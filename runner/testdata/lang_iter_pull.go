// iter.Pull turns a push iterator into next/stop functions.
package main

import (
	"fmt"
	"iter"
	"slices"
)

func Squares(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  squares done")
		for i := 1; i <= n; i++ {
			if !yield(i * i) {
				return
			}
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			va, ok1 := na()
			vb, ok2 := nb()
			if !ok1 || !ok2 || !yield(va, vb) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(Squares(3))
	for {
		v, ok := next()
		fmt.Println("next:", v, ok)
		if !ok {
			break
		}
	}
	stop()
	next, stop = iter.Pull(Squares(10))
	v, ok := next()
	fmt.Println("first only:", v, ok)
	stop()
	v, ok = next()
	fmt.Println("after stop:", v, ok)
	for a, b := range Zip(slices.Values([]string{"a", "b", "c"}), Squares(5)) {
		fmt.Println("zip", a, b)
	}
	n2, s2 := iter.Pull2(slices.All([]string{"x", "y"}))
	for {
		i, s, ok := n2()
		if !ok {
			break
		}
		fmt.Println("pull2", i, s)
	}
	s2()
}
