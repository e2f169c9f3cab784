//std:exclude *

// Package os is Interleave's os: Exit, Args, Stdout, Stderr and the
// portable error values.
package os

import "errors"

// Portable errors, with Go's texts (they are io/fs's in Go).
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// File is an output stream; only Stdout and Stderr exist.
type File struct{ fd int }

var (
	Stdout = &File{1}
	Stderr = &File{2}
)

// Args holds the program name and arguments.
var Args = args()

func args() []string

// Write writes b to the stream.
func (f *File) Write(b []byte) (n int, err error) {
	write(f.fd, string(b))
	return len(b), nil
}

// WriteString writes s to the stream.
func (f *File) WriteString(s string) (n int, err error) {
	write(f.fd, s)
	return len(s), nil
}

func write(fd int, s string)

// Exit ends the program with the given status.
func Exit(code int)
