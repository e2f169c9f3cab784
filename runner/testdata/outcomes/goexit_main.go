// runtime.Goexit in main runs main's deferred calls but does not end the
// program: the other goroutine prints before or after main's deferred
// print, and when no goroutine is left the runtime reports the deadlock
// "no goroutines (main called runtime.Goexit)".
package main

import (
	"fmt"
	"runtime"
)

func main() {
	go fmt.Println("worker")
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
