// A method value from a nil interface is a nil dereference; a range-over-func
// iterator that keeps yielding after the loop exits panics with Go's text.
package main

import "fmt"

func seq(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		yield(i)
	}
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

type S struct{}

func (S) M() int { return 1 }

type I interface{ M() int }

func main() {
	try("methodvalue", func() {
		var e error
		f := e.Error
		fmt.Println("got method value")
		_ = f
	})
	try("methodvalue2", func() {
		var i I
		f := i.M
		_ = f
	})
	try("rangefunc", func() {
		for x := range seq {
			fmt.Println(x)
			break
		}
	})
}
