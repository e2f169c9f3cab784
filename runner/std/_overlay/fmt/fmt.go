//std:exclude *

// Package fmt is Interleave's fmt. Formatting itself is a VM intrinsic that
// follows Go's fmt verb for verb; output goes through os so it is a visible,
// ordered operation.
package fmt

import (
	"errors"
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method.
type GoStringer interface {
	GoString() string
}

func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

func Print(a ...any) (n int, err error)   { return os.Stdout.WriteString(Sprint(a...)) }
func Println(a ...any) (n int, err error) { return os.Stdout.WriteString(Sprintln(a...)) }
func Printf(format string, a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprintf(format, a...))
}

func Fprint(w io.Writer, a ...any) (n int, err error) { return io.WriteString(w, Sprint(a...)) }
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return io.WriteString(w, Sprintln(a...))
}
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return io.WriteString(w, Sprintf(format, a...))
}

func Append(b []byte, a ...any) []byte                 { return append(b, Sprint(a...)...) }
func Appendln(b []byte, a ...any) []byte               { return append(b, Sprintln(a...)...) }
func Appendf(b []byte, format string, a ...any) []byte { return append(b, Sprintf(format, a...)...) }

// Errorf formats like Sprintf; %w operands are wrapped.
func Errorf(format string, a ...any) error {
	s := Sprintf(format, a...)
	var wrapped []error
	for _, i := range wrappedArgs(format, len(a)) {
		if e, ok := a[i].(error); ok {
			wrapped = append(wrapped, e)
		}
	}
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		return &wrapError{s, wrapped[0]}
	}
	return &wrapErrors{s, wrapped}
}

// wrappedArgs lists the indexes of the operands that %w verbs consume.
func wrappedArgs(format string, n int) []int

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }
