// Nested maps, maps of slices, maps of structs and pointers.
package main

import (
	"fmt"
	"sort"
)

type Stats struct {
	Count int
	Sum   float64
}

func main() {
	graph := map[string][]string{}
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}, {"d", "a"}}
	for _, e := range edges {
		graph[e[0]] = append(graph[e[0]], e[1])
	}
	fmt.Println(graph)
	fmt.Println(len(graph["a"]), graph["zzz"] == nil)
	nested := map[string]map[string]int{}
	add := func(outer, inner string, n int) {
		if nested[outer] == nil {
			nested[outer] = map[string]int{}
		}
		nested[outer][inner] += n
	}
	add("fruit", "apple", 3)
	add("fruit", "pear", 1)
	add("veg", "leek", 2)
	add("fruit", "apple", 4)
	fmt.Println(nested)
	fmt.Println(nested["fruit"]["apple"], nested["none"]["x"])
	st := map[string]Stats{}
	for i, name := range []string{"x", "y", "x", "x", "y", "z"} {
		s := st[name]
		s.Count++
		s.Sum += float64(i) * 1.5
		st[name] = s
	}
	fmt.Println(st)
	fmt.Printf("%+v\n", st)
	ps := map[string]*Stats{}
	for _, name := range []string{"p", "q", "p"} {
		if ps[name] == nil {
			ps[name] = &Stats{}
		}
		ps[name].Count++
	}
	names := make([]string, 0, len(ps))
	for k := range ps {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, *ps[n])
	}
	inverted := map[int][]string{}
	for k, v := range map[string]int{"a": 1, "b": 2, "c": 1, "d": 3, "e": 2} {
		inverted[v] = append(inverted[v], k)
	}
	for _, v := range inverted {
		sort.Strings(v)
	}
	fmt.Println(inverted)
	ms := []map[string]int{{"a": 1}, {}, nil}
	fmt.Println(ms, len(ms[2]))
	mm := map[[2]string]map[int]bool{{"x", "y"}: {1: true}}
	mm[[2]string{"x", "y"}][2] = false
	fmt.Println(mm)
}
