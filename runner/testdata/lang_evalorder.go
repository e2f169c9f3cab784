// gc's evaluation order within a statement: calls, receives, && and ||,
// len, append and the like run first, left to right; plain variables,
// fields, index expressions and map reads are read afterwards.
package main

import (
	"errors"
	"fmt"
)

var x int

func bump() int { x += 10; return 1 }

type point struct{ X, Y int }

var p = &point{1, 2}

// A global, not a local: gc copies a local bool that only inlined closures
// capture ahead of the statement (see the sweep's evalOrderGaps).
var ok = true

func flip() bool { ok = false; return true }

func move() int { p = &point{7, 8}; return 0 }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
}

func main() {
	x = 1
	fmt.Println(x, bump(), x)
	x = 1
	fmt.Println(x+bump(), x)
	x = 1
	x += bump()
	fmt.Println(x)
	fmt.Println(p.X, move(), p.Y)

	s := []int{1, 2, 3}
	shrink := func() int { s = s[:1]; return 0 }
	try("index", func() { fmt.Println(s[2], shrink()) })

	m := map[string][]int{}
	k := "a"
	other := func() int { k = "b"; return 5 }
	m[k] = append(m[k], other())
	fmt.Println(m)

	var nilMap map[string][]int
	fail := func() int { panic(errors.New("f runs before the map is touched")) }
	try("map append", func() { nilMap["a"] = append(nilMap["a"], fail()) })
	try("map assign", func() { nilMap["a"] = []int{fail()} })

	done := make(chan int)
	v := 0
	go func() { v = 42; done <- 1 }()
	fmt.Println(v, <-done) // the receive happens first: no race, 42

	fmt.Println(ok, ok && flip(), ok)

	i := 0
	next := func() int { i++; return i }
	arr := []int{10, 20, 30}
	fmt.Println(arr[i], next(), arr[i], next(), arr[i])
	defer fmt.Println("deferred", x, bump())
	x = 100
}
