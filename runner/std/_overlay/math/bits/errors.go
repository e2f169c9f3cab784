// Go links bits' panic values to the runtime's by go:linkname, which the VM does not have; these print the same.
//std:exclude bits_errors.go

package bits

// runtimeError is what the runtime's divideError and overflowError print.
type runtimeError string

func (e runtimeError) Error() string { return "runtime error: " + string(e) }

// RuntimeError marks e as a runtime error.
func (e runtimeError) RuntimeError() {}

var (
	overflowError error = runtimeError("integer overflow")
	divideError   error = runtimeError("integer divide by zero")
)
