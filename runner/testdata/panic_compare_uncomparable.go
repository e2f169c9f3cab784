package main

import (
	"fmt"
	"iter"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

type W struct {
	N int
	X any
}

type E struct{ F []int }

func bad() iter.Seq[int] {
	return func(yield func(int) bool) {
		yield(1)
		yield(2)
	}
}

func badRecover() iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { recover() }()
		yield(1)
	}
}

func twice() iter.Seq[int] {
	var saved func(int) bool
	return func(yield func(int) bool) {
		if saved != nil {
			saved(5)
		}
		saved = yield
		yield(1)
	}
}

func main() {
	try("arrayiface", func() {
		a := [2]any{1, []int{1}}
		b := [2]any{1, []int{1}}
		fmt.Println(a == b)
	})
	try("arrayiface-shortcircuit", func() {
		a := [2]any{1, []int{1}}
		b := [2]any{2, []int{1}}
		fmt.Println(a == b)
	})
	try("structiface", func() {
		fmt.Println(W{1, map[int]int{}} == W{1, map[int]int{}})
	})
	try("structiface-diff", func() {
		fmt.Println(W{1, map[int]int{}} == W{2, map[int]int{}})
	})
	try("iface-struct-slice", func() {
		var a, b any = E{}, E{}
		fmt.Println(a == b)
	})
	try("iface-diff-types", func() {
		var a, b any = E{}, []int{}
		fmt.Println(a == b)
	})
	try("iface-func", func() {
		var a any = func() {}
		fmt.Println(a == a)
	})
	try("iface-arr-func", func() {
		var a any = [1]func(){}
		fmt.Println(a != a)
	})
	try("errorsIs", func() {
		type merr struct{ s []string }
		var e1 any = merr{}
		fmt.Println(e1 == e1)
	})
	try("chanEq", func() {
		c := make(chan int)
		var a, b any = c, c
		fmt.Println(a == b)
	})
	try("ptrAnyEq", func() {
		x := []int{1}
		var a, b any = &x, &x
		fmt.Println(a == b)
	})
	try("mapkey-iface-arr", func() {
		m := map[[1]any]int{}
		m[[1]any{[]byte("x")}] = 1
	})
	try("rangefunc-continue", func() {
		for x := range bad() {
			fmt.Println("x", x)
			break
		}
	})
	try("rangefunc-recover", func() {
		for x := range badRecover() {
			fmt.Println("y", x)
			panic("body panic")
		}
		fmt.Println("after loop")
	})
	try("rangefunc-saved", func() {
		it := twice()
		for x := range it {
			fmt.Println("first", x)
		}
		for x := range it {
			fmt.Println("second", x)
		}
	})
}
