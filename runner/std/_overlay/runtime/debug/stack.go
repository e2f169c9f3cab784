// Go's runtime/debug reads the real runtime's stacks and heap; here the VM answers (golang.org/x/sync/singleflight calls Stack when a function panics).
//std:exclude *

// Package debug holds what Interleave offers of runtime/debug.
package debug

// Stack returns a formatted stack trace of the goroutine that calls it,
// as the VM prints a goroutine's stack in a traceback.
func Stack() []byte {
	return []byte(stack())
}

func stack() string
