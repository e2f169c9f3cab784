package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
)

type Pair[K comparable, V any] struct {
	K K
	V V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.K, p.V) }

type List[T any] struct {
	head *node[T]
	n    int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head}; l.n++ }
func (l *List[T]) All() func(func(int, T) bool) {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.v) {
				return
			}
			i++
		}
	}
}

type Num interface {
	~int | ~int64 | ~float64
}

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

func SumMap[K comparable, V Num](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type Shape interface {
	Area() float64
	comparable
}

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func Uniq[T Shape](xs []T) []T {
	seen := map[T]bool{}
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

type Tree[T cmp.Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func Kind[T any](v T) string {
	switch any(v).(type) {
	case int:
		return "int"
	case fmt.Stringer:
		return "stringer"
	case error:
		return "error"
	}
	return fmt.Sprintf("other %T", v)
}

type MyErr[T any] struct{ V T }

func (e MyErr[T]) Error() string { return fmt.Sprint("myerr ", e.V) }

func Zero[T any]() (z T) { return }

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p)
	fmt.Printf("%T %+v %#v\n", p, p, p.K)
	var l List[Pair[int, []string]]
	l.Push(Pair[int, []string]{1, []string{"x"}})
	l.Push(Pair[int, []string]{2, nil})
	for i, v := range l.All() {
		fmt.Println(i, v.K, v.V, v.V == nil)
	}
	fmt.Printf("%T\n", l)
	fmt.Println(SumMap(map[string]Celsius{"a": 1.5, "b": 2}))
	fmt.Println(Uniq([]Sq{{1}, {2}, {1}}))
	var t *Tree[string]
	for _, s := range []string{"m", "c", "x", "a"} {
		t = t.Insert(s)
	}
	t.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	fmt.Println(Kind(3), Kind(Celsius(2)), Kind(MyErr[int]{4}), Kind([]int{}), Kind[any](nil))
	var err error = MyErr[string]{"s"}
	var me MyErr[string]
	fmt.Println(errors.As(err, &me), me.V)
	fmt.Printf("%T %T %T %v %q\n", Zero[*int](), Zero[map[string]int](), Zero[[2]bool](), Zero[[]int]() == nil, Zero[string]())
	fmt.Printf("%T %T\n", func(int) string { return "" }, make(<-chan Pair[int, int]))
	fmt.Printf("%T %v\n", struct {
		A int `json:"a"`
		B []Pair[string, bool]
	}{}, struct{}{})
	xs := []Pair[string, int]{{"b", 2}, {"a", 2}, {"c", 1}}
	slices.SortStableFunc(xs, func(a, b Pair[string, int]) int { return cmp.Compare(a.V, b.V) })
	fmt.Println(xs)
	idx, found := slices.BinarySearchFunc(xs, 2, func(e Pair[string, int], v int) int { return cmp.Compare(e.V, v) })
	fmt.Println(idx, found)
	defer func() { fmt.Println("recovered:", recover()) }()
	var pp *Pair[string, error]
	fmt.Println(pp.String())
}
