// fmt's general verbs %v %+v %#v %T on many kinds of values.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	Tags  []string
	Meta  map[string]int
}

type Inner struct{ N *int }

func main() {
	p := Point{1, -2}
	l := Line{Point{0, 0}, p, "diag", []string{"a", "b"}, map[string]int{"w": 2, "k": 1}}
	vals := []any{42, -7, 3.5, "str", 'x', true, nil, p, &p, l, []int{1, 2}, []string{"a b", ""},
		map[string]bool{"y": true, "n": false}, [2]bool{true}, struct{}{}, int8(-1), uint16(7),
		[]byte("hi"), 2 + 3i, float32(0.1), []any{1, "a", nil}, [][]int{{1}, {2, 3}}, []*Point{}}
	for _, v := range vals {
		fmt.Printf("%v | %+v | %#v | %T\n", v, v, v, v)
	}
	var np *Point
	var ns []int
	var nm map[string]int
	var ni any
	var ne error
	var nf func()
	var nc chan int
	fmt.Printf("%v %v %v %v %v %v\n", np, ns, nm, ni, ne, nc)
	fmt.Printf("%+v %+v %+v %+v\n", np, ns, nm, ni)
	fmt.Printf("%#v %#v %#v %#v %#v\n", np, ns, nm, ni, ne)
	fmt.Printf("%T %T %T %T %T %T %T\n", np, ns, nm, ni, ne, nf, nc)
	fmt.Println(nf == nil, np, ns, nm, ni, ne)
	fmt.Printf("%v %+v\n", &l, &[]int{1})
	fmt.Printf("%v %+v\n", &map[string]int{"a": 1}, &[2]string{"x", "y"})
	z := 0
	in := Inner{&z}
	fmt.Printf("%v\n", in.N != nil)
	fmt.Printf("%#v\n", []Point{{1, 2}})
	fmt.Printf("%#v\n", map[Point]string{{1, 2}: "a"})
	fmt.Printf("%#v %#v %#v\n", "q\"s", 'r', 1e6)
	fmt.Printf("%#v %#v %#v %#v\n", uint8(5), 1.0, float32(2), []any{1, "x"})
	type Anon = struct {
		A int
		B string
	}
	fmt.Printf("%#v\n", Anon{1, "b"})
}
