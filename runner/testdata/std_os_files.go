package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func check(err error) {
	if err != nil {
		fmt.Println("error:", err)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "demo-*")
	check(err)
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasPrefix(dir, os.TempDir()+"/demo-"))
	rel := func(p string) string { r, _ := filepath.Rel(dir, p); return r }

	// Write, read, append.
	name := filepath.Join(dir, "hello.txt")
	check(os.WriteFile(name, []byte("hello\nworld\n"), 0o644))
	b, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", b, err)
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	check(err)
	n, err := f.WriteString("more\n")
	fmt.Println(n, err)
	check(f.Close())
	fmt.Println(strings.Replace(f.Close().Error(), dir, "DIR", 1))
	_, err = f.Write([]byte("x"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), errors.Is(err, os.ErrClosed))

	// Read with bufio and Seek.
	f, err = os.Open(name)
	check(err)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Println("line:", sc.Text())
	}
	off, err := f.Seek(6, io.SeekStart)
	fmt.Println(off, err)
	buf := make([]byte, 5)
	n, err = io.ReadFull(f, buf)
	fmt.Println(n, err, string(buf))
	n, err = f.ReadAt(buf, 100)
	fmt.Println(n, err)
	_, err = f.Write([]byte("no"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	fi, err := f.Stat()
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), err)
	f.Close()

	// Create truncates; Stat; errors.
	f, err = os.Create(name)
	check(err)
	fmt.Fprintf(f, "%d-%s", 42, "x")
	f.Close()
	b, _ = os.ReadFile(name)
	fmt.Println(string(b))
	_, err = os.Stat(filepath.Join(dir, "nope"))
	fmt.Println(os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), strings.Replace(err.Error(), dir, "DIR", 1))
	_, err = os.Open("/nope")
	fmt.Println(err)
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, pe.Err)
	_, err = os.ReadFile("/nope/deeper")
	fmt.Println(err)
	_, err = os.ReadFile(name + "/sub")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	fmt.Println(os.IsExist(err), strings.Replace(err.Error(), dir, "DIR", 1))

	// Directories.
	check(os.MkdirAll(filepath.Join(dir, "a", "b", "c"), 0o755))
	check(os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755))
	err = os.Mkdir(filepath.Join(dir, "a"), 0o755)
	fmt.Println(os.IsExist(err), strings.Replace(err.Error(), dir, "DIR", 1))
	err = os.Mkdir(filepath.Join(dir, "x", "y"), 0o755)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	err = os.MkdirAll(filepath.Join(dir, "hello.txt", "sub"), 0o755)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	check(os.WriteFile(filepath.Join(dir, "a", "one.txt"), []byte("1"), 0o600))
	check(os.WriteFile(filepath.Join(dir, "a", "b", "two.go"), []byte("22"), 0o644))
	entries, err := os.ReadDir(filepath.Join(dir, "a"))
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Mode())
	}
	st, _ := os.Stat(filepath.Join(dir, "a"))
	fmt.Println(st.Name(), st.IsDir(), st.Mode(), st.Mode().Perm())
	err = os.Remove(filepath.Join(dir, "a"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	_, err = os.ReadDir(name)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	_, err = os.ReadFile(dir)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))

	// Walk.
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		fmt.Println("walk:", rel(p), d.IsDir(), err)
		return nil
	})
	filepath.Walk(filepath.Join(dir, "a"), func(p string, info fs.FileInfo, err error) error {
		if info.IsDir() && info.Name() == "c" {
			return filepath.SkipDir
		}
		fmt.Println("Walk:", rel(p), info.Size())
		return nil
	})
	matches, err := filepath.Glob(filepath.Join(dir, "a", "*", "*.go"))
	for _, m := range matches {
		fmt.Println("glob:", rel(m))
	}
	fsys := os.DirFS(dir)
	data, err := fs.ReadFile(fsys, "a/one.txt")
	fmt.Println(string(data), err)
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("fs:", p, d.IsDir())
		return nil
	})
	_, err = fs.ReadFile(fsys, "../x")
	fmt.Println(err)

	// Rename and Remove.
	check(os.Rename(filepath.Join(dir, "a", "one.txt"), filepath.Join(dir, "moved.txt")))
	err = os.Rename(filepath.Join(dir, "missing"), filepath.Join(dir, "m2"))
	var le *os.LinkError
	fmt.Println(errors.As(err, &le), le.Op, os.IsNotExist(err))
	check(os.Remove(filepath.Join(dir, "moved.txt")))
	err = os.Remove(filepath.Join(dir, "moved.txt"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	check(os.RemoveAll(filepath.Join(dir, "a")))
	check(os.RemoveAll(filepath.Join(dir, "a")))
	entries, _ = os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println("left:", e.Name())
	}

	// CreateTemp.
	tf, err := os.CreateTemp(dir, "tmp-*.log")
	check(err)
	fmt.Println(strings.HasPrefix(rel(tf.Name()), "tmp-"), strings.HasSuffix(tf.Name(), ".log"))
	tfi, _ := tf.Stat()
	fmt.Println(tfi.Mode())
	tf.Close()
	_, err = os.CreateTemp(dir, "a/b*")
	fmt.Println(err)

	// Chdir and relative paths.
	check(os.Chdir(dir))
	check(os.WriteFile("rel.txt", []byte("relative"), 0o644))
	b, err = os.ReadFile(filepath.Join(dir, "rel.txt"))
	fmt.Println(string(b), err)
	wd, _ := os.Getwd()
	fmt.Println(wd == dir)
	abs, _ := filepath.Abs("rel.txt")
	fmt.Println(rel(abs))
	err = os.Chdir("rel.txt")
	fmt.Println(err)
	check(os.Truncate("rel.txt", 3))
	b, _ = os.ReadFile("rel.txt")
	fmt.Printf("%q\n", b)

	// Stdin is empty.
	in, err := io.ReadAll(os.Stdin)
	fmt.Println(len(in), err)
}
