// Go's runtime/debug reads the real runtime's stacks and heap; here the VM answers (golang.org/x/sync/singleflight calls Stack when a function panics).
//std:exclude *

// Package debug holds what Interleave offers of runtime/debug.
package debug

import "os"

// Stack returns a formatted stack trace of the goroutine that calls it,
// as the VM prints a goroutine's stack in a traceback.
func Stack() []byte {
	return []byte(stack())
}

func stack() string

// PrintStack prints to standard error the stack trace returned by Stack.
func PrintStack() {
	os.Stderr.Write(Stack())
}

// maxStack is the goroutine stack limit, as on 64-bit Go.
var maxStack = 1000000000

// SetMaxStack sets the maximum stack a goroutine may use and returns the
// previous setting. The VM's limit stays Go's default.
func SetMaxStack(bytes int) int {
	prev := maxStack
	maxStack = bytes
	return prev
}

// gcPercent is the garbage collection target percentage (GOGC).
var gcPercent = 100

// SetGCPercent sets the garbage collection target percentage and returns
// the previous one; the host's collector is not affected.
func SetGCPercent(percent int) int {
	prev := gcPercent
	gcPercent = percent
	return prev
}

// FreeOSMemory forces a garbage collection and returns memory to the
// operating system: nothing to do in the VM.
func FreeOSMemory() {}
