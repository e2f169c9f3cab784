package main

import "fmt"

type S struct {
	A int
	B any
}

type Arr [2]any

type K interface{}

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
		if e, ok := r.(error); ok {
			fmt.Printf("  %q\n", e.Error())
		}
	}()
	f()
}

func main() {
	keys := []any{
		[]int{1},
		map[string]int{},
		func() {},
		S{1, []string{"x"}},
		Arr{1, map[int]int{}},
		[1]S{{2, func() {}}},
		struct{ X [2][]byte }{},
		&[]int{1},   // pointer: hashable
		S{1, 2},     // hashable
		[0]func(){}, // zero-length array of funcs: not comparable
	}
	for i, k := range keys {
		i, k := i, k
		try(fmt.Sprintf("lit%d", i), func() {
			m := map[any]int{k: 1}
			fmt.Println(len(m))
		})
		try(fmt.Sprintf("assign%d", i), func() {
			m := map[any]int{"a": 1}
			m[k] = 2
			fmt.Println(len(m))
		})
		try(fmt.Sprintf("lookup%d", i), func() {
			m := map[any]int{"a": 1}
			v, ok := m[k]
			fmt.Println(v, ok)
		})
		try(fmt.Sprintf("delete%d", i), func() {
			m := map[any]int{"a": 1}
			delete(m, k)
			fmt.Println(len(m))
		})
		try(fmt.Sprintf("switch%d", i), func() {
			var x any = k
			switch x {
			case "a":
				fmt.Println("a")
			case k:
				fmt.Println("same")
			default:
				fmt.Println("default")
			}
		})
		try(fmt.Sprintf("eq%d", i), func() {
			var x, y any = k, k
			fmt.Println(x == y)
		})
		try(fmt.Sprintf("keyiface%d", i), func() {
			m := map[K]string{}
			m[K(k)] += "z"
			fmt.Println(m[K(k)])
		})
		try(fmt.Sprintf("nilmaplookup%d", i), func() {
			var m map[any]bool
			fmt.Println(m[k])
		})
		try(fmt.Sprintf("structkey%d", i), func() {
			m := map[S]int{}
			m[S{1, k}]++
			fmt.Println(len(m))
		})
		try(fmt.Sprintf("arrkey%d", i), func() {
			m := map[[2]any]int{}
			_, ok := m[[2]any{nil, k}]
			fmt.Println(ok)
		})
	}
}
