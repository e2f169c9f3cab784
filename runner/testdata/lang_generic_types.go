// Generic types with methods: a stack, a pair and a linked list.
package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Prepend(v T) { l.head = &node[T]{v, l.head}; l.size++ }
func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

func main() {
	var s Stack[string]
	for _, w := range strings.Fields("one two three") {
		s.Push(w)
	}
	fmt.Println(s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var is Stack[int]
	v, ok := is.Pop()
	fmt.Println(v, ok)
	p := Pair[string, int]{"a", 1}
	fmt.Println(p, Pair[int, []string]{7, []string{"x"}})
	fmt.Printf("%T\n", p)
	var l List[float64]
	for i := 1; i <= 3; i++ {
		l.Prepend(float64(i) / 2)
	}
	l.Each(func(f float64) { fmt.Print(f, ";") })
	fmt.Println(" size", l.size)
}
