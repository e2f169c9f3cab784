// The slices package: sorting, searching, editing and comparing.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Emp struct {
	Name string
	Dept string
	Pay  int
}

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3}
	c := slices.Clone(s)
	slices.Sort(c)
	fmt.Println(s, c, slices.IsSorted(c))
	fmt.Println(slices.Contains(s, 9), slices.Contains(s, 7), slices.Index(s, 5), slices.Index(s, 8))
	fmt.Println(slices.Max(s), slices.Min(s), slices.IndexFunc(s, func(x int) bool { return x > 4 }))
	for _, x := range []int{1, 4, 7} {
		i, ok := slices.BinarySearch(c, x)
		fmt.Println("BinarySearch", x, i, ok)
	}
	r := slices.Clone(s)
	slices.Reverse(r)
	fmt.Println(r)
	fmt.Println(slices.Equal(s, c), slices.Equal(c, []int{1, 1, 2, 3, 3, 4, 5, 5, 6, 9}), slices.Equal([]int{}, nil))
	ins := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	fmt.Println(ins, len(ins))
	del := slices.Delete(slices.Clone(ins), 1, 3)
	fmt.Println(del)
	comp := slices.Compact(slices.Clone(c))
	fmt.Println(comp, len(comp))
	words := []string{"Banana", "apple", "Cherry", "apple", "date"}
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words)
	words = slices.CompactFunc(words, strings.EqualFold)
	fmt.Println(words)
	emps := []Emp{{"ann", "eng", 120}, {"bob", "ops", 90}, {"cat", "eng", 100}, {"dan", "ops", 90}, {"eve", "eng", 120}}
	slices.SortStableFunc(emps, func(a, b Emp) int {
		return cmp.Or(cmp.Compare(a.Dept, b.Dept), -cmp.Compare(a.Pay, b.Pay))
	})
	for _, e := range emps {
		fmt.Printf("%s/%s/%d ", e.Dept, e.Name, e.Pay)
	}
	fmt.Println()
	top := slices.MaxFunc(emps, func(a, b Emp) int { return cmp.Compare(a.Pay, b.Pay) })
	fmt.Println("first max:", top.Name)
	i, found := slices.BinarySearchFunc([]Emp{{Pay: 10}, {Pay: 20}, {Pay: 30}}, 20, func(e Emp, t int) int { return cmp.Compare(e.Pay, t) })
	fmt.Println(i, found)
	fmt.Println(slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 }))
	fmt.Println(slices.Replace([]int{0, 1, 2, 3}, 1, 3, 9, 9, 9))
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}), slices.Repeat([]string{"ab"}, 3))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, "d") }))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}), slices.Compare([]int(nil), []int{}))
	idx := slices.IndexFunc(words, func(w string) bool { return w == "nope" })
	fmt.Println(idx)
}
