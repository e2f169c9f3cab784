// main panics, recovers in a deferred call and panics with a new value,
// while a goroutine panics: the first line is "panic: first [recovered]"
// (the recovered panic printed first, then the new one) or the
// goroutine's "panic: g" when it gets there first.
// outcomes: min-reached=2
package main

import (
	"fmt"
)

func main() {
	go func() { panic("g") }()
	defer func() {
		r := recover()
		panic(fmt.Sprint("again ", r))
	}()
	panic("first")
}
