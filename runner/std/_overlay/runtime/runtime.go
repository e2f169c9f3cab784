// The VM raises runtime errors with these types and implements the runtime itself; Go's runtime package is not compiled.
//std:exclude *

// Package runtime holds the error types the VM raises for Go's runtime
// panics, named as Go names them so that %T and recover print the same,
// and what user programs may call of it (sched.go).
package runtime

// Error identifies a run time error.
type Error interface {
	error
	RuntimeError()
}

// errorString is a runtime error such as "integer divide by zero".
type errorString struct{ msg string }

func (e errorString) Error() string { return "runtime error: " + e.msg }
func (e errorString) RuntimeError() {}

// boundsError is an index or slice bounds failure.
type boundsError struct{ msg string }

func (e boundsError) Error() string { return "runtime error: " + e.msg }
func (e boundsError) RuntimeError() {}

// plainError is a runtime error printed without the "runtime error: " prefix.
type plainError struct{ msg string }

func (e plainError) Error() string { return e.msg }
func (e plainError) RuntimeError() {}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct{ msg string }

func (e *TypeAssertionError) Error() string { return e.msg }
func (e *TypeAssertionError) RuntimeError() {}

// A PanicNilError happens when code calls panic(nil).
type PanicNilError struct {
	_ [0]*PanicNilError // not comparable with ==, as in Go
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }
func (*PanicNilError) RuntimeError() {}

// keep makes the unexported types reachable for the VM.
var keep = []any{errorString{}, boundsError{}, plainError{}, &TypeAssertionError{}, &PanicNilError{}}
