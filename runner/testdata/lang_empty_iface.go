// The empty interface holding many kinds of values; comparing interfaces.
package main

import "fmt"

type P struct{ X int }

func main() {
	var things []any
	things = append(things, 1, "s", 2.5, 'r', byte(7), true, nil, P{3}, &P{4}, []int{1},
		map[string]int{"k": 1}, [2]int{1, 2}, 3+4i, uint64(1)<<63, int8(-8), struct{ A string }{"a"})
	for i, t := range things {
		if p, ok := t.(*P); ok {
			fmt.Printf("%d: pointer to P with X=%d\n", i, p.X)
			continue
		}
		fmt.Printf("%d: %v | %T | %+v\n", i, t, t, t)
	}
	var a any = 5
	var b any = 5
	var c any = int64(5)
	var d any = "5"
	fmt.Println(a == b, a == c, a == d, a == 5, c == int64(5))
	var n1, n2 any
	fmt.Println(n1 == n2, n1 == nil)
	var pn *P
	n1 = pn
	fmt.Println(n1 == nil, n1 == n2)
	x := any(P{1})
	y := any(P{1})
	fmt.Println(x == y, x == any(P{2}))
	arr1, arr2 := any([2]string{"a", "b"}), any([2]string{"a", "b"})
	fmt.Println(arr1 == arr2)
	m := map[string]any{"n": 1, "s": "two", "l": []any{1, "x", nil}, "m": map[string]any{"z": 0.5}}
	fmt.Println(m)
	fmt.Println(m["l"].([]any)[1], len(m["m"].(map[string]any)))
	var iface interface{} = "old style"
	fmt.Println(iface)
	f := func(args ...any) int { return len(args) }
	fmt.Println(f(), f(nil), f(nil, nil), f([]any{1, 2}...))
	sum := 0
	for _, v := range []any{1, 2, "three", 4, 5.0} {
		if n, ok := v.(int); ok {
			sum += n
		}
	}
	fmt.Println("sum of ints:", sum)
}
