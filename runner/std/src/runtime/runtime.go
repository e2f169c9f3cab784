// Package rt holds the types the VM needs to raise Go's runtime errors.
package rt

// Error is a runtime error: what Go's runtime.Error values print.
type Error struct{ msg string }

func (e Error) Error() string { return "runtime error: " + e.msg }

// RuntimeError marks e as a runtime error.
func (e Error) RuntimeError() {}

// plainError is a runtime error printed without the "runtime error: " prefix
// (e.g. "close of closed channel").
type PlainError struct{ msg string }

func (e PlainError) Error() string { return e.msg }

// RuntimeError marks e as a runtime error.
func (e PlainError) RuntimeError() {}

// TypeAssertionError is raised by a failed type assertion.
type TypeAssertionError struct{ msg string }

func (e *TypeAssertionError) Error() string { return e.msg }

// RuntimeError marks e as a runtime error.
func (e *TypeAssertionError) RuntimeError() {}
