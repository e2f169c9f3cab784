// Generic map-based sets, generic functions returning generic types, and a
// generic numeric vector.
package main

import (
	"fmt"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func SortedPairs[K interface {
	comparable
	~string | ~int
}, V any](m map[K]V) []Pair[K, V] {
	out := []Pair[K, V]{}
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

type Number interface{ ~int | ~float64 }

type Vec[T Number] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func main() {
	set := Set[int]{}
	set.Add(3, 1, 3, 2)
	fmt.Println(len(set), set.Has(2), set.Has(5), set)
	fmt.Println(SortedPairs(map[string]bool{"b": true, "a": false, "c": true}))
	fmt.Println(SortedPairs(map[int]string{3: "c", 1: "a"}))
	fmt.Println(Vec[int]{1, 2, 3}.Dot(Vec[int]{4, 5, 6}), Vec[float64]{0.5}.Dot(Vec[float64]{4}))
}
