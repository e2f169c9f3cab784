// A playground program has no disk: its files live in memory, for the run only, starting with /tmp and the home directory /home/gopher (the working directory).

package os

import (
	"io"
	"io/fs"
	"slices"
	"sync"
	"time"
)

// node is a file or directory of the in-memory file system.
type node struct {
	name     string // base name
	mode     FileMode
	data     []byte
	modTime  time.Time
	children map[string]*node // a directory's entries
}

func (n *node) isDir() bool { return n.mode.IsDir() }

// fsys is the file system. Every operation holds mu, so that each is
// atomic, as a system call is.
var fsys struct {
	mu   sync.Mutex
	root *node
	cwd  string
	rand uint32 // MkdirTemp's and CreateTemp's names
}

// umask is applied to the permissions of new files, as a shell's 022.
const umask = 0o022

// mount builds the initial tree on first use; fsys.mu is held.
func mount() {
	if fsys.root != nil {
		return
	}
	t := now()
	fsys.root = &node{name: "/", mode: ModeDir | 0o755, modTime: t, children: map[string]*node{}}
	mkdirs := func(p string, mode FileMode) {
		dir := fsys.root
		for _, elem := range splitPath(p) {
			next := dir.children[elem]
			if next == nil {
				next = &node{name: elem, mode: ModeDir | 0o755, modTime: t, children: map[string]*node{}}
				dir.children[elem] = next
			}
			dir = next
		}
		dir.mode = mode
	}
	mkdirs("/tmp", ModeDir|ModeSticky|0o777)
	mkdirs("/home/gopher", ModeDir|0o755)
	fsys.cwd = "/home/gopher"
	fsys.rand = 1
}

// abs makes name absolute and clean; fsys.mu is held.
func abs(name string) string {
	if len(name) == 0 || name[0] != '/' {
		name = fsys.cwd + "/" + name
	}
	return "/" + joinElems(splitPath(name))
}

// splitPath cleans an absolute path into its elements, resolving . and ..
func splitPath(p string) []string {
	var elems []string
	for i := 0; i < len(p); {
		for i < len(p) && p[i] == '/' {
			i++
		}
		j := i
		for j < len(p) && p[j] != '/' {
			j++
		}
		switch e := p[i:j]; e {
		case "", ".":
		case "..":
			if len(elems) > 0 {
				elems = elems[:len(elems)-1]
			}
		default:
			elems = append(elems, e)
		}
		i = j
	}
	return elems
}

func joinElems(elems []string) string {
	s := ""
	for i, e := range elems {
		if i > 0 {
			s += "/"
		}
		s += e
	}
	return s
}

// lookup finds the node of a path; fsys.mu is held. A path through a
// file is "not a directory", as on Linux; so is a path with a trailing
// slash that names a file.
func lookup(name string) (*node, error) {
	if name == "" {
		return nil, errNoEnt
	}
	n := fsys.root
	for _, e := range splitPath(abs(name)) {
		if !n.isDir() {
			return nil, errNotDir
		}
		next := n.children[e]
		if next == nil {
			return nil, errNoEnt
		}
		n = next
	}
	if name[len(name)-1] == '/' && !n.isDir() {
		return nil, errNotDir
	}
	return n, nil
}

// parent finds the directory that holds (or would hold) a path, and the
// path's base name; fsys.mu is held.
func parent(name string) (*node, string, error) {
	if name == "" {
		return nil, "", errNoEnt
	}
	elems := splitPath(abs(name))
	if len(elems) == 0 {
		return nil, "", errBusy // the root itself
	}
	dir := fsys.root
	for _, e := range elems[:len(elems)-1] {
		next := dir.children[e]
		if next == nil {
			return nil, "", errNoEnt
		}
		if !next.isDir() {
			return nil, "", errNotDir
		}
		dir = next
	}
	return dir, elems[len(elems)-1], nil
}

// File represents an open file descriptor: one of the standard streams or
// a file of the in-memory file system.
type File struct {
	name   string
	fd     int   // 0, 1, 2 for the standard streams, 3... for files
	node   *node // nil for the standard streams
	flag   int
	off    int64
	dirPos int // entries already returned by ReadDir
	closed bool
}

// The standard streams. Standard input is empty.
var (
	Stdin  = &File{name: "/dev/stdin", fd: 0}
	Stdout = &File{name: "/dev/stdout", fd: 1}
	Stderr = &File{name: "/dev/stderr", fd: 2}
)

// nextFd numbers open files as a process would.
var nextFd = 3

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer file descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkValid checks that f is valid for use.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Create creates or truncates the named file. If the file already exists,
// it is truncated. If the file does not exist, it is created with mode
// 0o666 (before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0o666)
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// OpenFile is the generalized open call: it opens the named file with the
// specified flag (O_RDONLY etc.), creating it with perm (before umask) if
// O_CREATE is given and it does not exist.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	mount()
	n, err := openNode(name, flag, perm)
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	f := &File{name: name, fd: nextFd, node: n, flag: flag}
	nextFd++
	return f, nil
}

// openNode finds or creates the node OpenFile opens; fsys.mu is held.
func openNode(name string, flag int, perm FileMode) (*node, error) {
	n, err := lookup(name)
	if err == errNoEnt && flag&O_CREATE != 0 {
		dir, base, err := parent(name)
		if err != nil {
			return nil, err
		}
		if name[len(name)-1] == '/' {
			return nil, errIsDir
		}
		n = &node{name: base, mode: perm.Perm() &^ umask, modTime: now()}
		dir.children[base] = n
		dir.modTime = n.modTime
		return n, nil
	}
	if err != nil {
		return nil, err
	}
	if flag&O_CREATE != 0 && flag&O_EXCL != 0 {
		return nil, errExist
	}
	if n.isDir() && flag&(O_WRONLY|O_RDWR) != 0 {
		return nil, errIsDir
	}
	if flag&O_TRUNC != 0 && flag&(O_WRONLY|O_RDWR) != 0 && !n.isDir() {
		n.data = nil
		n.modTime = now()
	}
	return n, nil
}

// Close closes the File. Close will return an error if it has already
// been called.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return nil
}

// Read reads up to len(b) bytes from the File and stores them in b. At end
// of file, Read returns 0, io.EOF. Standard input is empty.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if f.node == nil {
		if f.fd != 0 {
			return 0, &PathError{Op: "read", Path: f.name, Err: errBadFd}
		}
		if len(b) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	n, err = f.readAt(b, f.off, "read")
	f.off += int64(n)
	return n, err
}

// ReadAt reads len(b) bytes from the File starting at byte offset off. It
// returns a non-nil error when n < len(b); at end of file, that error is
// io.EOF.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errorString("negative offset")}
	}
	if f.node == nil {
		return 0, &PathError{Op: "read", Path: f.name, Err: &errno{"illegal seek", nil}}
	}
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	for len(b) > 0 {
		m, e := f.readAt(b, off, "read")
		if e != nil {
			return n, e
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

// readAt is one read; fsys.mu is held.
func (f *File) readAt(b []byte, off int64, op string) (int, error) {
	if f.flag&(O_WRONLY|O_RDWR) == O_WRONLY {
		return 0, &PathError{Op: op, Path: f.name, Err: errBadFd}
	}
	if f.node.isDir() {
		return 0, &PathError{Op: op, Path: f.name, Err: errIsDir}
	}
	if len(b) == 0 {
		return 0, nil
	}
	if off >= int64(len(f.node.data)) {
		return 0, io.EOF
	}
	return copy(b, f.node.data[off:]), nil
}

// Write writes len(b) bytes from b to the File. It returns the number of
// bytes written and an error, if any.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.node == nil {
		if f.fd == 0 {
			return 0, &PathError{Op: "write", Path: f.name, Err: errBadFd}
		}
		write(f.fd, string(b))
		return len(b), nil
	}
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	if f.flag&O_APPEND != 0 {
		f.off = int64(len(f.node.data))
	}
	n, err = f.writeAt(b, f.off)
	f.off += int64(n)
	return n, err
}

// WriteString is like Write, but writes the contents of string s rather
// than a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	if f != nil && f.node == nil && !f.closed && f.fd != 0 {
		write(f.fd, s)
		return len(s), nil
	}
	return f.Write([]byte(s))
}

// WriteAt writes len(b) bytes to the File starting at byte offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.flag&O_APPEND != 0 {
		return 0, errorString("os: invalid use of WriteAt on file opened with O_APPEND")
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errorString("negative offset")}
	}
	if f.node == nil {
		return 0, &PathError{Op: "write", Path: f.name, Err: &errno{"illegal seek", nil}}
	}
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	return f.writeAt(b, off)
}

// writeAt is one write; fsys.mu is held.
func (f *File) writeAt(b []byte, off int64) (int, error) {
	if f.flag&(O_WRONLY|O_RDWR) == 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errBadFd}
	}
	n := f.node
	if end := off + int64(len(b)); end > int64(len(n.data)) {
		n.data = append(n.data, make([]byte, end-int64(len(n.data)))...)
	}
	copy(n.data[off:], b)
	n.modTime = now()
	return len(b), nil
}

// Seek sets the offset for the next Read or Write on file to offset,
// interpreted according to whence: 0 means relative to the origin of the
// file, 1 means relative to the current offset, and 2 means relative to
// the end.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	if f.node == nil {
		return 0, &PathError{Op: "seek", Path: f.name, Err: &errno{"illegal seek", nil}}
	}
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		offset += f.off
	case io.SeekEnd:
		offset += int64(len(f.node.data))
	default:
		return 0, &PathError{Op: "seek", Path: f.name, Err: errInval}
	}
	if offset < 0 {
		return 0, &PathError{Op: "seek", Path: f.name, Err: errInval}
	}
	f.off, f.dirPos = offset, 0
	return offset, nil
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, &PathError{Op: "stat", Path: f.name, Err: ErrClosed}
	}
	if f.node == nil {
		return &fileStat{name: f.name[len("/dev/"):], mode: ModeDevice | ModeCharDevice | 0o620, modTime: now()}, nil
	}
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	return statOf(f.node), nil
}

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error { return f.checkValid("sync") }

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if f.node == nil || f.flag&(O_WRONLY|O_RDWR) == 0 {
		return &PathError{Op: "truncate", Path: f.name, Err: errInval}
	}
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	return truncate(f.node, size, f.name)
}

func truncate(n *node, size int64, name string) error {
	if size < 0 {
		return &PathError{Op: "truncate", Path: name, Err: errInval}
	}
	if n.isDir() {
		return &PathError{Op: "truncate", Path: name, Err: errIsDir}
	}
	if size <= int64(len(n.data)) {
		n.data = n.data[:size:size]
	} else {
		n.data = append(n.data, make([]byte, size-int64(len(n.data)))...)
	}
	n.modTime = now()
	return nil
}

// Chmod changes the mode of the file to mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	if f.node != nil {
		fsys.mu.Lock()
		defer fsys.mu.Unlock()
		f.node.mode = f.node.mode&^ModePerm | mode.Perm()
	}
	return nil
}

// ReadFrom implements io.ReaderFrom.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return io.Copy(fileWithoutReadFrom{f}, r)
}

// WriteTo implements io.WriterTo.
func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	return io.Copy(w, fileWithoutWriteTo{f})
}

// These hide File's ReadFrom and WriteTo from io.Copy.
type fileWithoutReadFrom struct{ f *File }

func (w fileWithoutReadFrom) Write(b []byte) (int, error) { return w.f.Write(b) }

type fileWithoutWriteTo struct{ f *File }

func (r fileWithoutWriteTo) Read(b []byte) (int, error) { return r.f.Read(b) }

// SetDeadline sets the read and write deadlines for a File: files of the
// in-memory file system do not support deadlines.
func (f *File) SetDeadline(t time.Time) error {
	if err := f.checkValid("SetDeadline"); err != nil {
		return err
	}
	return ErrNoDeadline
}

// SetReadDeadline sets the deadline for future Read calls.
func (f *File) SetReadDeadline(t time.Time) error { return f.SetDeadline(t) }

// SetWriteDeadline sets the deadline for future Write calls.
func (f *File) SetWriteDeadline(t time.Time) error { return f.SetDeadline(t) }

// ReadDir reads the contents of the directory associated with the file f
// and returns a slice of DirEntry values in directory order (here: sorted
// by name). If n > 0, ReadDir returns at most n entries, and io.EOF at the
// end.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	infos, err := f.readdir(n)
	entries := make([]DirEntry, len(infos))
	for i, fi := range infos {
		entries[i] = fs.FileInfoToDirEntry(fi)
	}
	return entries, err
}

// Readdir reads the contents of the directory associated with file and
// returns a slice of up to n FileInfo values.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	return f.readdir(n)
}

// Readdirnames reads the contents of the directory associated with file
// and returns a slice of up to n names of files in the directory.
func (f *File) Readdirnames(n int) (names []string, err error) {
	infos, err := f.readdir(n)
	for _, fi := range infos {
		names = append(names, fi.Name())
	}
	return names, err
}

func (f *File) readdir(n int) ([]FileInfo, error) {
	if err := f.checkValid("readdir"); err != nil {
		return nil, err
	}
	if f.node == nil || !f.node.isDir() {
		return nil, &PathError{Op: "readdirent", Path: f.name, Err: errNotDir}
	}
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	all := sortedChildren(f.node)
	rest := all[min(f.dirPos, len(all)):]
	if n > 0 && len(rest) == 0 {
		return []FileInfo{}, io.EOF
	}
	if n > 0 && len(rest) > n {
		rest = rest[:n]
	}
	f.dirPos += len(rest)
	out := make([]FileInfo, len(rest))
	for i, c := range rest {
		out[i] = statOf(c)
	}
	return out, nil
}

func sortedChildren(dir *node) []*node {
	out := make([]*node, 0, len(dir.children))
	for _, c := range dir.children {
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b *node) int {
		switch {
		case a.name < b.name:
			return -1
		case a.name > b.name:
			return 1
		}
		return 0
	})
	return out
}

// fileStat is a FileInfo of the in-memory file system.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	node    *node
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return nil }

// statOf describes a node; a directory's size is a block, as on ext4.
func statOf(n *node) *fileStat {
	size := int64(len(n.data))
	if n.isDir() {
		size = 4096
	}
	return &fileStat{name: n.name, size: size, mode: n.mode, modTime: n.modTime, node: n}
}

// SameFile reports whether fi1 and fi2 describe the same file.
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	return ok1 && ok2 && a.node != nil && a.node == b.node
}

// Stat returns a FileInfo describing the named file.
func Stat(name string) (FileInfo, error) {
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	mount()
	n, err := lookup(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	fi := statOf(n)
	if len(splitPath(abs(name))) == 0 {
		fi.name = "/"
	}
	return fi, nil
}

// Lstat returns a FileInfo describing the named file; there are no
// symbolic links.
func Lstat(name string) (FileInfo, error) {
	fi, err := Stat(name)
	if pe, ok := err.(*PathError); ok {
		pe.Op = "lstat"
	}
	return fi, err
}

// ReadFile reads the named file and returns the contents.
func ReadFile(name string) ([]byte, error) {
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	mount()
	n, err := lookup(name)
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	if n.isDir() {
		return nil, &PathError{Op: "read", Path: name, Err: errIsDir}
	}
	return slices.Clone(n.data), nil
}

// WriteFile writes data to the named file, creating it if necessary. If
// the file does not exist, WriteFile creates it with permissions perm
// (before umask); otherwise WriteFile truncates it before writing, without
// changing permissions.
func WriteFile(name string, data []byte, perm FileMode) error {
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	mount()
	n, err := openNode(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return &PathError{Op: "open", Path: name, Err: err}
	}
	n.data = slices.Clone(data)
	n.modTime = now()
	return nil
}

// ReadDir reads the named directory, returning all its directory entries
// sorted by filename.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	if f.node != nil && !f.node.isDir() {
		// Go opens with O_DIRECTORY.
		return nil, &PathError{Op: "open", Path: name, Err: errNotDir}
	}
	defer f.Close()
	return f.ReadDir(-1)
}

// Mkdir creates a new directory with the specified name and permission
// bits (before umask).
func Mkdir(name string, perm FileMode) error {
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	mount()
	if err := mkdir(name, perm); err != nil {
		return &PathError{Op: "mkdir", Path: name, Err: err}
	}
	return nil
}

func mkdir(name string, perm FileMode) error {
	dir, base, err := parent(name)
	if err == errBusy {
		return errExist
	}
	if err != nil {
		return err
	}
	if dir.children[base] != nil {
		return errExist
	}
	t := now()
	dir.children[base] = &node{name: base, mode: ModeDir | perm.Perm()&^umask, modTime: t, children: map[string]*node{}}
	dir.modTime = t
	return nil
}

// MkdirAll creates a directory named path, along with any necessary
// parents, and returns nil, or else returns an error. If path is already a
// directory, MkdirAll does nothing and returns nil.
func MkdirAll(path string, perm FileMode) error {
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	mount()
	n := fsys.root
	elems := splitPath(abs(path))
	for i, e := range elems {
		next := n.children[e]
		if next == nil {
			t := now()
			next = &node{name: e, mode: ModeDir | perm.Perm()&^umask, modTime: t, children: map[string]*node{}}
			n.children[e] = next
			n.modTime = t
		} else if !next.isDir() {
			// Go's MkdirAll names the file in the way, as the caller
			// spelled it.
			return &PathError{Op: "mkdir", Path: pathPrefix(path, len(elems)-i-1), Err: errNotDir}
		}
		n = next
	}
	return nil
}

// pathPrefix drops the last k elements of path, as Go's MkdirAll does
// when it recurses to the parent.
func pathPrefix(path string, k int) string {
	for ; k > 0; k-- {
		i := len(path) - 1
		for i > 0 && path[i] == '/' {
			i--
		}
		for i > 0 && path[i] != '/' {
			i--
		}
		for i > 0 && path[i-1] == '/' {
			i--
		}
		if i == 0 && path[0] == '/' {
			return "/"
		}
		path = path[:i]
	}
	return path
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	mount()
	n, err := lookup(name)
	if err != nil {
		return &PathError{Op: "remove", Path: name, Err: err}
	}
	dir, base, err := parent(name)
	if err != nil {
		return &PathError{Op: "remove", Path: name, Err: err}
	}
	if n.isDir() && len(n.children) > 0 {
		return &PathError{Op: "remove", Path: name, Err: errNotEmpty}
	}
	delete(dir.children, base)
	dir.modTime = now()
	return nil
}

// RemoveAll removes path and any children it contains. If the path does
// not exist, RemoveAll returns nil (no error).
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: errInval}
	}
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	mount()
	if _, err := lookup(path); err == errNoEnt {
		return nil
	}
	dir, base, err := parent(path)
	if err == errNoEnt {
		return nil
	}
	if err != nil {
		return &PathError{Op: "unlinkat", Path: path, Err: err}
	}
	delete(dir.children, base)
	dir.modTime = now()
	return nil
}

// Rename renames (moves) oldpath to newpath. If newpath already exists
// and is not a directory, Rename replaces it.
func Rename(oldpath, newpath string) error {
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	mount()
	fail := func(err error) error { return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: err} }
	n, err := lookup(oldpath)
	if err != nil {
		return fail(err)
	}
	odir, obase, err := parent(oldpath)
	if err != nil {
		return fail(err)
	}
	ndir, nbase, err := parent(newpath)
	if err != nil {
		return fail(err)
	}
	if old := ndir.children[nbase]; old != nil && old != n {
		switch {
		case old.isDir() && !n.isDir():
			return fail(&errno{"file exists", ErrExist})
		case !old.isDir() && n.isDir():
			return fail(errNotDir)
		case old.isDir() && len(old.children) > 0:
			return fail(errNotEmpty)
		}
	}
	// A directory cannot move into itself.
	if n.isDir() {
		o, nw := splitPath(abs(oldpath)), splitPath(abs(newpath))
		if len(nw) > len(o) && slices.Equal(nw[:len(o)], o) {
			return fail(errInval)
		}
	}
	delete(odir.children, obase)
	n.name = nbase
	ndir.children[nbase] = n
	t := now()
	odir.modTime, ndir.modTime = t, t
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	mount()
	n, err := lookup(name)
	if err != nil {
		return &PathError{Op: "truncate", Path: name, Err: err}
	}
	return truncate(n, size, name)
}

// Chmod changes the mode of the named file to mode.
func Chmod(name string, mode FileMode) error {
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	mount()
	n, err := lookup(name)
	if err != nil {
		return &PathError{Op: "chmod", Path: name, Err: err}
	}
	n.mode = n.mode&^ModePerm | mode.Perm()
	return nil
}

// Chtimes changes the modification time of the named file (access times
// are not kept).
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	mount()
	n, err := lookup(name)
	if err != nil {
		return &PathError{Op: "chtimes", Path: name, Err: err}
	}
	if !mtime.IsZero() {
		n.modTime = mtime
	}
	return nil
}

// Getwd returns an absolute path name corresponding to the current
// directory.
func Getwd() (dir string, err error) {
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	mount()
	return fsys.cwd, nil
}

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error {
	fsys.mu.Lock()
	defer fsys.mu.Unlock()
	mount()
	n, err := lookup(dir)
	if err == nil && !n.isDir() {
		err = errNotDir
	}
	if err != nil {
		return &PathError{Op: "chdir", Path: dir, Err: err}
	}
	fsys.cwd = abs(dir)
	return nil
}

// nextRandom is the random part of a temporary name: decimal digits, as
// in Go, from a generator that repeats run after run.
func nextRandom() string {
	fsys.rand = fsys.rand*1664525 + 1013904223
	return uitoa(uint(fsys.rand))
}

func uitoa(v uint) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(b[i:])
}

// tempPattern splits a pattern at its last "*" and puts dir in front of
// the prefix, as CreateTemp and MkdirTemp both name their results.
func tempPattern(op, dir, pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", &PathError{Op: op, Path: pattern, Err: errorString("pattern contains path separator")}
		}
	}
	prefix, suffix = pattern, ""
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			prefix, suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	if dir[len(dir)-1] != '/' {
		dir += "/"
	}
	return dir + prefix, suffix, nil
}

// CreateTemp creates a new temporary file in the directory dir (TempDir
// when empty), opens it for reading and writing, and returns the
// resulting file. Its name is pattern with a random string in place of the
// last "*" (or appended).
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := tempPattern("createtemp", dir, pattern)
	if err != nil {
		return nil, err
	}
	for {
		fsys.mu.Lock()
		mount()
		name := prefix + nextRandom() + suffix
		fsys.mu.Unlock()
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0o600)
		if IsExist(err) {
			continue
		}
		return f, err
	}
}

// MkdirTemp creates a new temporary directory in the directory dir
// (TempDir when empty) and returns its pathname; the name is made as
// CreateTemp's.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := tempPattern("mkdirtemp", dir, pattern)
	if err != nil {
		return "", err
	}
	for {
		fsys.mu.Lock()
		mount()
		name := prefix + nextRandom() + suffix
		err := mkdir(name, 0o700)
		fsys.mu.Unlock()
		if err == nil {
			return name, nil
		}
		if err == errExist {
			continue
		}
		if _, statErr := Stat(dir); IsNotExist(statErr) {
			return "", &PathError{Op: "mkdirtemp", Path: dir + "/" + pattern, Err: err}
		}
		return "", &PathError{Op: "mkdir", Path: name, Err: err}
	}
}

// DirFS returns a file system (an fs.FS) for the tree of files rooted at
// the directory dir.
func DirFS(dir string) fs.FS { return dirFS(dir) }

type dirFS string

func (dir dirFS) join(op, name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &PathError{Op: op, Path: name, Err: ErrInvalid}
	}
	if name == "." {
		return string(dir), nil
	}
	return string(dir) + "/" + name, nil
}

// rename gives an error the fs.FS name of the file.
func (dir dirFS) rename(err error, name string) error {
	if pe, ok := err.(*PathError); ok {
		pe.Path = name
	}
	return err
}

func (dir dirFS) Open(name string) (fs.File, error) {
	full, err := dir.join("open", name)
	if err != nil {
		return nil, err
	}
	f, err := Open(full)
	if err != nil {
		return nil, dir.rename(err, name)
	}
	return f, nil
}

func (dir dirFS) ReadFile(name string) ([]byte, error) {
	full, err := dir.join("readfile", name)
	if err != nil {
		return nil, err
	}
	b, err := ReadFile(full)
	return b, dir.rename(err, name)
}

func (dir dirFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := dir.join("readdir", name)
	if err != nil {
		return nil, err
	}
	entries, err := ReadDir(full)
	return entries, dir.rename(err, name)
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	full, err := dir.join("stat", name)
	if err != nil {
		return nil, err
	}
	fi, err := Stat(full)
	return fi, dir.rename(err, name)
}
