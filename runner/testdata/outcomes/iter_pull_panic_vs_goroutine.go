// A sequence that panics inside iter.Pull: the panic reaches the caller of
// next, who recovers it, while a goroutine prints; the goroutine count
// shows the coroutine is gone once next has re-panicked.
package main

import (
	"fmt"
	"iter"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker")
		done <- true
	}()
	next, stop := iter.Pull(func(yield func(int) bool) {
		yield(1)
		panic("seq broke")
	})
	defer stop()
	v, _ := next()
	func() {
		defer func() { fmt.Println("recovered", recover(), v) }()
		next()
	}()
	fmt.Println(runtime.NumGoroutine())
	<-done
}
