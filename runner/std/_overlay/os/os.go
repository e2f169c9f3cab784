// Go's os is system calls; a playground program has none: output and exit go to the VM, and the environment and files are virtual (env.go, fs.go).
//std:exclude *
//std:take error.go timeout underlyingError SyscallError SyscallError.Error SyscallError.Unwrap SyscallError.Timeout NewSyscallError

// Package os is Interleave's os: Exit, Args, Stdin, Stdout, Stderr, a
// virtual environment and an in-memory file system, as the Go playground
// once had. Errors read as Go prints them on Linux ("open /nope: no such
// file or directory") and match io/fs's errors under errors.Is.
package os

import (
	"io/fs"
	"time"
)

// Portable errors: io/fs's, as in Go.
var (
	ErrInvalid    = fs.ErrInvalid    // "invalid argument"
	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"

	ErrNoDeadline       = errorString("file type does not support deadline")
	ErrDeadlineExceeded = errorString("i/o timeout")
	ErrProcessDone      = errorString("os: process already finished")
)

type errorString string

func (e errorString) Error() string { return string(e) }

// The file system's types are io/fs's.
type (
	FileInfo   = fs.FileInfo
	FileMode   = fs.FileMode
	DirEntry   = fs.DirEntry
	PathError  = fs.PathError
	FileSystem = fs.FS
)

// The defined file mode bits, io/fs's.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Flags to OpenFile, with Linux's values.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Seek whence values (deprecated in Go in favour of io's).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/'         // OS-specific path separator
	PathListSeparator = ':'         // OS-specific path list separator
	DevNull           = "/dev/null" // the null device
)

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// LinkError records an error during a link, symlink or rename.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }
func (e *LinkError) Unwrap() error { return e.Err }

// errno is what a Linux system call would have failed with: Go's
// syscall.Errno text, and the portable error it matches.
type errno struct {
	text string
	is   error
}

func (e *errno) Error() string { return e.text }

func (e *errno) Is(target error) bool { return e.is != nil && target == e.is }

var (
	errNoEnt    = &errno{"no such file or directory", ErrNotExist}
	errExist    = &errno{"file exists", ErrExist}
	errNotDir   = &errno{"not a directory", nil}
	errIsDir    = &errno{"is a directory", nil}
	errNotEmpty = &errno{"directory not empty", ErrExist}
	errBadFd    = &errno{"bad file descriptor", nil}
	errInval    = &errno{"invalid argument", nil}
	errAccess   = &errno{"permission denied", ErrPermission}
	errBusy     = &errno{"device or resource busy", nil}
)

// underlyingErrorIs is Go's test for the errors IsExist and its siblings
// know, over this package's errno values instead of syscall.Errno.
func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(*errno)
	return ok && e.Is(target)
}

// IsExist reports whether the error is known to report that a file or
// directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether the error is known to report that a file or
// directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether the error is known to report that
// permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// IsTimeout reports whether the error is known to report that a timeout
// occurred.
func IsTimeout(err error) bool {
	t, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// Args hold the command-line arguments, starting with the program name.
var Args = args()

func args() []string

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.
func Exit(code int)

// write sends s to the program's standard output (fd 1) or error (fd 2).
func write(fd int, s string)

// Getpid returns the process id of the caller: the playground's program
// is process 1... of its own sandbox.
func Getpid() int { return 1 }

// Getppid returns the process id of the caller's parent.
func Getppid() int { return 0 }

// Getuid returns the numeric user id of the caller (gopher's).
func Getuid() int { return 1000 }

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int { return 1000 }

// Getgid returns the numeric group id of the caller.
func Getgid() int { return 1000 }

// Getegid returns the numeric effective group id of the caller.
func Getegid() int { return 1000 }

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return 4096 }

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) { return "playground", nil }

// Executable returns the path name for the executable that started the
// current process.
func Executable() (string, error) { return "/tmp/prog", nil }

// the clock the file system stamps modification times with.
var now = time.Now
