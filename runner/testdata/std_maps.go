// The maps package with slices.Sorted for deterministic output.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	m := map[string]int{"c": 3, "a": 1, "b": 2}
	keys := slices.Sorted(maps.Keys(m))
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(keys, vals)
	cl := maps.Clone(m)
	cl["d"] = 4
	fmt.Println(len(m), len(cl), maps.Equal(m, cl))
	delete(cl, "d")
	fmt.Println(maps.Equal(m, cl))
	cl["a"] = 100
	fmt.Println(m["a"], cl["a"], maps.Equal(m, cl))
	ci := map[string]string{"A": "x"}
	other := map[string]string{"a": "X"}
	fmt.Println(maps.EqualFunc(ci, other, strings.EqualFold), maps.EqualFunc(map[string]string{"a": "x"}, other, strings.EqualFold))
	dst := map[string]int{"a": -1, "z": 26}
	maps.Copy(dst, m)
	fmt.Println(dst)
	maps.DeleteFunc(dst, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(dst)
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil, maps.Equal(nilMap, map[string]int{}))
	inv := map[int]string{}
	for k, v := range maps.All(m) {
		inv[v] = k
	}
	fmt.Println(inv)
	col := maps.Collect(maps.All(map[int]bool{1: true, 2: false}))
	fmt.Println(col)
	ins := map[string]int{}
	maps.Insert(ins, maps.All(map[string]int{"q": 9}))
	fmt.Println(ins)
	for _, k := range slices.Backward(slices.Sorted(maps.Keys(dst))) {
		fmt.Print(k, ":", dst[k], " ")
	}
	fmt.Println()
	groups := map[int][]string{}
	for _, w := range strings.Fields("go is a fun language to use and it is fast") {
		groups[len(w)] = append(groups[len(w)], w)
	}
	for _, n := range slices.Sorted(maps.Keys(groups)) {
		fmt.Println(n, groups[n])
	}
}
