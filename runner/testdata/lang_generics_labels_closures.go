package main

import (
	"fmt"
	"iter"
	"strings"
)

type Number interface {
	~int | ~int8 | ~float64
}

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

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

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

type Stringish interface {
	~string
	Len() int
}
type Name string

func (n Name) Len() int { return len(n) }

func Total[S Stringish](xs []S) int {
	t := 0
	for _, x := range xs {
		t += x.Len() + len(string(x))
	}
	return t
}

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
	}
}

type I interface{ M() string }
type V struct{ s string }

func (v V) M() string   { return v.s }
func (v *V) PM() string { return "p" + v.s }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[MyInt](1, 2), Sum[int8](100, 100))
	st := &Stack[Pair[string, []int]]{}
	st.Push(Pair[string, []int]{"a", []int{1}})
	st.Push(Pair[string, []int]{"b", nil})
	v, ok := st.Pop()
	fmt.Printf("%v %v %+v %T\n", v, ok, v, v)
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("x", i) }))
	fmt.Println(Total([]Name{"ab", "cde"}))

	// labels
outer:
	for i := 0; i < 3; i++ {
	inner:
		for j := 0; j < 3; j++ {
			switch {
			case j == 1:
				continue inner
			case i == 1:
				continue outer
			case i == 2 && j == 2:
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	n := 0
loop:
	if n < 4 {
		n++
		goto loop
	}
	fmt.Println("n", n)
sel:
	select {
	default:
		for range 3 {
			break sel
		}
		fmt.Println("unreached")
	}

	// closures capture per-iteration
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { i *= 10; return i })
	}
	for _, f := range fs {
		fmt.Print(f(), f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := range 3 {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
	for i := 0; i < 6; i++ {
		defer func() { _ = i }()
		if i%2 == 0 {
			i++ // modifies this iteration's copy, copied to next
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	// range-over-func
	for i := range Count(10) {
		if i == 3 {
			break
		}
		fmt.Print(i)
	}
	fmt.Println()
	for k, v := range Pairs() {
		fmt.Print(k, v)
		if k == "b" {
			break
		}
	}
	fmt.Println()
	res := func() (r string) {
		for i := range Count(5) {
			if i == 2 {
				return fmt.Sprint("ret", i)
			}
		}
		return "none"
	}()
	fmt.Println(res)

	// structs/arrays
	type P struct {
		A int
		B string
		C [2]float64
	}
	p1, p2 := P{1, "x", [2]float64{1, 2}}, P{1, "x", [2]float64{1, 2}}
	fmt.Println(p1 == p2, p1 != P{}, [2]P{p1} == [2]P{p2})
	nanArr := [1]float64{nan()}
	fmt.Println(nanArr == nanArr)
	arr := [3]int{1, 2, 3}
	for i, x := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy", x)
		}
	}
	for i, x := range &arr {
		arr[2] = 200
		if i == 2 {
			fmt.Println("range ptr", x)
		}
	}
	b := arr
	b[0] = -1
	fmt.Println(arr, b)
	ar2 := [2][]int{{1}, {2}}
	c2 := ar2
	c2[0][0] = 50
	fmt.Println(ar2, c2)
	sa := []([2]int){{1, 2}}
	for _, e := range sa {
		e[0] = 9
	}
	fmt.Println(sa)

	var iv I = V{"v"}
	mv := iv.M
	iv = V{"w"}
	fmt.Println(mv(), iv.M())
	vv := V{"q"}
	pm := vv.PM
	vv.s = "r"
	fmt.Println(pm())
	var vp *V
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		f := vp.M
		fmt.Println("made")
		f()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		f := vp.PM
		fmt.Println("made pm")
		f()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var ii I
		f := ii.M
		fmt.Println("not reached")
		f()
	}()
}

func nan() float64 { z := 0.0; return z / z }
