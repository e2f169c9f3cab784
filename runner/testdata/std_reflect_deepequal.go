// reflect.DeepEqual over every kind: cycles, nil against empty, NaN, shared
// backing arrays, interfaces, unexported fields, channels and funcs.
package main

import (
	"fmt"
	"math"
	"reflect"
)

type node struct {
	V    int
	Next *node
	m    map[string][]int
}

func main() {
	a := &node{V: 1, m: map[string][]int{"x": {1, 2}}}
	a.Next = a
	b := &node{V: 1, m: map[string][]int{"x": {1, 2}}}
	b.Next = b
	s := []int{1, 2, 3}
	var nilS []int
	var f func()
	nan := math.NaN()
	var e1, e2 error
	arr := [2]*int{}
	x := 5
	cases := []struct{ x, y any }{
		{a, b}, {s, s[:2]}, {s, []int{1, 2, 3}}, {nilS, []int{}}, {nilS, nilS}, {f, f}, {nan, nan},
		{[]float64{nan}, []float64{nan}}, {map[int]int{}, map[int]int(nil)}, {e1, e2}, {&x, &x}, {arr, arr},
		{[]any{1, "a", nil}, []any{1, "a", nil}}, {struct{ a, b int }{1, 2}, struct{ a, b int }{1, 3}},
		{map[string]any{"k": []int{1}}, map[string]any{"k": []int{1}}}, {int32(1), int64(1)}, {-0.0, 0.0},
		{complex(1, 2), complex(1, 2)}, {"ab", "ab"}, {true, false}, {&arr, &arr}, {make(chan int), make(chan int)},
	}
	for i, c := range cases {
		fmt.Println(i, reflect.DeepEqual(c.x, c.y))
	}
}
