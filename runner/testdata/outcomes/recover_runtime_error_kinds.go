// Runtime errors (and a few other panic values) recovered in a goroutine:
// the value's message, its dynamic type, and whether it is a runtime.Error
// and an error, one line each, as real Go prints them.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var sink int

type myErr struct{}

func (myErr) Error() string { return "my error" }

type Box[T any] struct{ v T }

type Shape interface{ Area() int }
type Sq struct{}
type Circ struct{}

func (Sq) Area() int   { return 1 }
func (Circ) Area() int { return 2 }

var crashes = []func(){
	func() {
		s := []int{1}
		i := 3
		sink = s[i]
	},
	func() {
		s := []int{1}
		i := -1
		sink = s[i]
	},
	func() {
		s := []int{1}
		j := 4
		sink = len(s[:j])
	},
	func() {
		s := "abc"
		j := 9
		sink = len(s[1:j])
	},
	func() {
		var m map[int]int
		m[0] = 1
	},
	func() {
		z := 0
		sink = 1 / z
	},
	func() {
		var p *int
		sink = *p
	},
	func() {
		var x any = 1.5
		sink = x.(int)
	},
	func() {
		var x any = 1
		_ = x.(error)
	},
	func() {
		var x any
		_ = x.(fmt.Stringer)
	},
	func() {
		var x any = Box[int]{1}
		_ = x.(Box[string])
	},
	func() {
		var x Shape = Sq{}
		_ = x.(Circ)
	},
	func() {
		c := make(chan int)
		close(c)
		close(c)
	},
	func() {
		var c chan int
		close(c)
	},
	func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	},
	func() {
		var wg sync.WaitGroup
		wg.Add(-1)
	},
	func() {
		n := -2
		_ = make(chan int, n)
	},
	func() {
		n, c := 4, 2
		sink = len(make([]int, n, c))
	},
	func() {
		s := []int{1}
		sink = [2]int(s)[0]
	},
	func() {
		m := map[any]int{}
		m[[]int{1}] = 1
	},
	func() {
		panic(nil)
	},
	func() {
		panic(myErr{})
	},
	func() {
		panic(fmt.Errorf("wrap: %w", myErr{}))
	},
}

func try(f func()) (line string) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		_, isErr := r.(error)
		line = fmt.Sprintf("%v | %T | runtime.Error=%v error=%v", r, r, isRT, isErr)
	}()
	f()
	return "no panic"
}

func main() {
	done := make(chan []string)
	go func() {
		var lines []string
		for _, f := range crashes {
			lines = append(lines, try(f))
		}
		done <- lines
	}()
	for _, l := range <-done {
		fmt.Println(l)
	}
}
