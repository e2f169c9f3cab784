// Composing iterators: infinite sequences, filters, and the std iterator helpers.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func main() {
	for f := range Fib() {
		if f > 100 {
			break
		}
		fmt.Print(f, " ")
	}
	fmt.Println()
	evens := Filter(Fib(), func(x int) bool { return x%2 == 0 })
	fmt.Println(slices.Collect(Take(evens, 8)))
	fmt.Println(slices.Collect(Filter(slices.Values([]int{1, 2, 3, 4, 5, 6}), func(x int) bool { return x%3 == 0 })))
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	fmt.Println(slices.Sorted(maps.Values(m)))
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i, v := range slices.All([]string{"p", "q"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for w := range strings.FieldsSeq("  lots   of space ") {
		fmt.Printf("[%s]", w)
	}
	fmt.Println()
	collected := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println(collected)
	fmt.Println(slices.Collect(maps.Keys(map[int]bool{})), len(slices.Collect(Take(Fib(), 0))))
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks)
}
