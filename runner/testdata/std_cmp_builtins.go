// cmp.Compare, cmp.Less, cmp.Or and the min, max, clear builtins.
package main

import (
	"cmp"
	"fmt"
	"math"
)

type Version struct{ Major, Minor, Patch int }

func (a Version) Compare(b Version) int {
	return cmp.Or(cmp.Compare(a.Major, b.Major), cmp.Compare(a.Minor, b.Minor), cmp.Compare(a.Patch, b.Patch))
}

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 1), cmp.Compare(2, 2))
	fmt.Println(cmp.Compare("a", "b"), cmp.Compare(1.5, 1.5), cmp.Compare(math.NaN(), 0), cmp.Compare(math.NaN(), math.NaN()))
	fmt.Println(cmp.Less(1, 2), cmp.Less("b", "a"), cmp.Less(math.NaN(), math.Inf(-1)))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "default"), cmp.Or[int]())
	vs := []Version{{1, 2, 3}, {1, 10, 0}, {1, 2, 3}, {0, 9, 9}, {2, 0, 0}}
	for i := 1; i < len(vs); i++ {
		fmt.Println(vs[i-1], "vs", vs[i], "=", vs[i-1].Compare(vs[i]))
	}
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("apple", "banana", "cherry"), min("b", "a"))
	fmt.Println(min(0.0, -0.0), max(math.Inf(-1), -5), min(1, math.NaN()), max(math.NaN(), 1))
	var a, b int8 = -128, 127
	fmt.Println(min(a, b), max(a, b), min(a))
	x := max(1, 2.5)
	fmt.Printf("%T %v\n", x, x)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	m := map[string]int{"a": 1}
	clear(m)
	fmt.Println(m, len(m))
	const c = min(10, 20, 5)
	fmt.Println(c)
}
