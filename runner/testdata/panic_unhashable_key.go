package main

import "fmt"

type S struct{ F []int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	m := map[any]int{1: 1}
	try("lookup", func() { _ = m[[]int{1}] })
	try("delete", func() { delete(m, []int{1}) })
	try("insert", func() { m[[]int{1}] = 2 })
	try("struct", func() { _ = m[S{}] })
	try("map", func() { _ = m[map[int]int{}] })
	try("func", func() { _ = m[func() {}] })
	try("arr", func() { _ = m[[1]any{[]int{}}] })
	e := map[any]int{}
	try("empty lookup", func() { _ = e[[]int{1}] })
	var nm map[any]int
	try("nil lookup", func() { _ = nm[[]int{1}] })
	try("nil delete", func() { delete(nm, []int{1}) })
	try("empty delete", func() { delete(e, []int{1}) })
	fmt.Println(len(m))
}
