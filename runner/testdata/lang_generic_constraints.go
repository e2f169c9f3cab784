// Generic functions over ordered and comparable types, ~string constraints,
// zero values and explicit instantiation.
package main

import (
	"cmp"
	"fmt"
	"strings"
)

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func Keys[K comparable, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

type Stringish interface{ ~string }

func Upper[S Stringish](s S) S { return S(strings.ToUpper(string(s))) }

type Name string

func Zero[T any]() T {
	var z T
	return z
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple", "zoo"), MaxOf(2.5))
	ks := Keys(map[string]int{"x": 1})
	fmt.Println(ks)
	fmt.Println(Upper("hello"), Upper(Name("ada")))
	fmt.Printf("%T\n", Upper(Name("ada")))
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]float64{1, 2}, 3))
	type pair struct{ a, b int }
	fmt.Println(Index([]pair{{1, 2}, {3, 4}}, pair{3, 4}))
	fmt.Println(MaxOf[float64](1, 2.5), Index[any]([]any{1, "a"}, "a"))
}
