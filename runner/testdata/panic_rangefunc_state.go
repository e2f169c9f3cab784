package main

import (
	"fmt"
	"iter"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(interface{ RuntimeError() })
		fmt.Printf("%s: %v (runtime error %v)\n", name, r, isErr)
	}()
	f()
}

var saved func(int) bool

func keep(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		saved = yield
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func ignoreFalse(yield func(int) bool) {
	for i := range 3 {
		yield(i)
	}
}

func swallow(yield func(int) bool) {
	defer func() { fmt.Println("iterator recovered:", recover()) }()
	yield(1)
}

func retryAfterPanic(yield func(int) bool) {
	func() {
		defer func() { recover() }()
		yield(1)
	}()
	yield(2)
}

func reenter(yield func(int) bool) {
	saved = yield
	yield(1)
}

func main() {
	try("ignore-false-break", func() {
		for x := range ignoreFalse {
			fmt.Println("body", x)
			break
		}
	})
	try("ignore-false-return", func() {
		func() {
			for x := range ignoreFalse {
				fmt.Println("body", x)
				return
			}
		}()
	})
	try("after-exhausted", func() {
		for x := range keep(2) {
			fmt.Println("keep", x)
		}
		saved(9)
	})
	try("swallow", func() {
		for x := range swallow {
			fmt.Println("body", x)
			panic("in body")
		}
	})
	try("retry-after-panic", func() {
		for x := range retryAfterPanic {
			fmt.Println("body", x)
			panic("again")
		}
	})
	try("reenter", func() {
		for x := range reenter {
			fmt.Println("body", x)
			if x == 1 {
				saved(2)
			}
		}
	})
	try("nested-break-outer", func() {
	outer:
		for x := range keep(3) {
			for y := range ignoreFalse {
				fmt.Println(x, y)
				break outer
			}
		}
	})
	try("ok-nested", func() {
		n := 0
		for x := range keep(3) {
			for y := range keep(2) {
				n += x * y
			}
		}
		fmt.Println("n", n)
	})
	try("defer-in-body", func() {
		for x := range keep(2) {
			defer fmt.Println("deferred from body", x)
		}
		fmt.Println("end of func")
	})
}
