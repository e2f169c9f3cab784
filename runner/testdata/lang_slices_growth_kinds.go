package main

import (
	"fmt"
	"slices"
)

type P struct {
	X int
	S string
}

var sink []any

func caps[T any](name string, zero T) {
	var s []T
	sink = append(sink, &s)
	var cs []int
	last := -1
	for i := 0; i < 600; i++ {
		s = append(s, zero)
		if cap(s) != last {
			last = cap(s)
			cs = append(cs, last)
		}
	}
	fmt.Println(name, "append1", cs)
	var t []T
	sink = append(sink, &t)
	cs = cs[:0]
	for i := 0; i < 10; i++ {
		t = append(t, zero, zero, zero, zero, zero)
		cs = append(cs, cap(t))
	}
	fmt.Println(name, "append5", cs)
	g := slices.Grow([]T(nil), 7)
	sink = append(sink, &g)
	fmt.Println(name, "grow7", len(g), cap(g))
	g = slices.Grow(g[:3], 20)
	fmt.Println(name, "grow20", len(g), cap(g))
	big := make([]T, 5, 5)
	sink = append(sink, &big)
	big = append(big, make([]T, 13)...)
	fmt.Println(name, "appendmany", len(big), cap(big))
	ins := slices.Insert(make([]T, 3, 3), 1, zero, zero)
	sink = append(sink, &ins)
	fmt.Println(name, "insert", len(ins), cap(ins))
}

func alias[T any](name string, a, b T, show func(T) string) {
	s := make([]T, 2, 3)
	s[0], s[1] = a, a
	t := append(s, b) // in place
	t[0] = b
	fmt.Println(name, "inplace", show(s[0]))
	u := append(t, b) // realloc
	u[1] = b
	fmt.Println(name, "realloc", show(t[1]), show(u[1]))
	c := make([]T, 1)
	n := copy(c, u)
	fmt.Println(name, "copy", n, show(c[0]))
	v := slices.Clone(u[:2])
	v[0] = a
	fmt.Println(name, "clone", show(u[0]), show(v[0]))
	w := u[1:2]
	w = append(w, a)
	fmt.Println(name, "sub", show(u[2]), len(u), cap(w))
	copy(u[1:], u)
	fmt.Println(name, "overlap", show(u[0]), show(u[1]), show(u[2]))
}

func main() {
	caps("int8", int8(0))
	caps("int16", int16(0))
	caps("int32", int32(0))
	caps("int64", int64(0))
	caps("float32", float32(0))
	caps("complex64", complex64(0))
	caps("complex128", complex128(0))
	caps("string", "")
	caps("P", P{})
	caps("arr3", [3]byte{})
	caps("arr5i", [5]int{})
	caps("ptr", (*int)(nil))
	caps("iface", any(nil))
	caps("slice", []int(nil))
	caps("bool", false)
	caps("struct0", struct{}{})
	caps("uintptr", uintptr(0))

	alias("int8", int8(1), int8(2), func(x int8) string { return fmt.Sprint(x) })
	alias("c128", 1+2i, 3-1i, func(x complex128) string { return fmt.Sprint(x) })
	alias("string", "a", "b", func(x string) string { return x })
	alias("P", P{1, "a"}, P{2, "b"}, func(x P) string { return fmt.Sprint(x) })
	alias("arr", [2]int{1, 1}, [2]int{2, 2}, func(x [2]int) string { return fmt.Sprint(x) })
	x, y := 1, 2
	alias("ptr", &x, &y, func(p *int) string { return fmt.Sprint(*p) })
	alias("iface", any(P{1, "i"}), any([2]int{9}), func(x any) string { return fmt.Sprint(x) })
	alias("nested", []int{1}, []int{2, 2}, func(x []int) string { return fmt.Sprint(x) })
	alias("nestedarr", [][2]P{{{1, "n"}}}, [][2]P{{{2, "m"}}}, func(x [][2]P) string { return fmt.Sprint(x) })

	// element of a grown slice of arrays is a copy, not shared
	as := [][2]int{{1, 2}}
	p := &as[0]
	as = append(as, [2]int{3, 4})
	p[0] = 100
	fmt.Println(as, *p)
	ss := []struct{ A [2]string }{{[2]string{"x", "y"}}}
	q := &ss[0].A[1]
	ss = append(ss, ss[0])
	*q = "changed"
	fmt.Println(ss)
}
