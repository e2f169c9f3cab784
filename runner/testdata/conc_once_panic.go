// sync.Once counts a panicking f as done; OnceFunc and OnceValue re-panic the
// same value on every call; the last call's panic is not recovered.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	var once sync.Once
	n := 0
	try("Do panics", func() { once.Do(func() { n++; panic("first") }) })
	try("Do again", func() { once.Do(func() { n++ }) })
	fmt.Println("calls:", n)

	calls := 0
	f := sync.OnceFunc(func() { calls++; panic(errors.New("boom")) })
	try("OnceFunc 1", f)
	try("OnceFunc 2", f)
	fmt.Println("OnceFunc calls:", calls)

	v := sync.OnceValue(func() int { calls++; panic(fmt.Sprint("value ", calls)) })
	try("OnceValue 1", func() { v() })
	try("OnceValue 2", func() { v() })

	vs := sync.OnceValues(func() (int, error) { return 7, errors.New("e") })
	a, err := vs()
	b, err2 := vs()
	fmt.Println(a, err, b, err2, err == err2)

	var o2 sync.Once
	try("nested Do", func() {
		o2.Do(func() {
			fmt.Println("in Do")
		})
	})
	g := sync.OnceFunc(func() { panic("again") })
	try("g", g)
	g()
}
