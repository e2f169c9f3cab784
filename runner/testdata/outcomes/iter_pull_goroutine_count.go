// runtime.NumGoroutine around iter.Pull: Go makes the coroutine's
// goroutine when Pull is called (counted before the first next) and
// destroys it in the switch that ends the sequence or the stop that ends
// it, so the caller never counts a finished coroutine.
package main

import (
	"fmt"
	"iter"
	"runtime"
)

func main() {
	count := func(what string) { fmt.Println(what, runtime.NumGoroutine()) }
	count("start")
	next, stop := iter.Pull(func(yield func(int) bool) { yield(1); yield(2) })
	count("pulled")
	next()
	count("after next")
	stop()
	count("after stop")
	next2, _ := iter.Pull(func(yield func(int) bool) { yield(1) })
	next2()
	next2()
	count("exhausted")
	_, stop3 := iter.Pull(func(yield func(int) bool) { yield(1) })
	count("pulled again")
	stop3()
	count("stopped unstarted")
}
