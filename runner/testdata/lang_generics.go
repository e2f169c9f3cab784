// Generic functions: type parameters, constraints with ~, type inference.
package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Meters float64
type Score int8

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int8](100, 27, 1))
	fmt.Println(Sum(Meters(1.5), Meters(2)), Sum(Score(100), Score(100)))
	fmt.Printf("%T %T\n", Sum(Meters(1)), Sum[Score]())
	sq := Map([]int{1, 2, 3}, func(x int) int { return x * x })
	strs := Map(sq, func(x int) string { return fmt.Sprintf("<%d>", x) })
	fmt.Println(sq, strs, len(strs))
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, Filter([]string{"a"}, func(string) bool { return false }) == nil)
	total := Reduce([]string{"a", "bb", "ccc"}, 0, func(acc int, s string) int { return acc + len(s) })
	fmt.Println(total)
}
