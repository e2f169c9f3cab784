// Builtin println writes to stderr, as the crash report does: the first
// stderr line is the worker's line or main's panic.
package main

import "runtime"

func main() {
	go func() {
		println("worker line")
	}()
	runtime.Gosched()
	panic("main failed")
}
