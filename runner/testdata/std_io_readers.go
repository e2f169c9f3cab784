// io, strings.Reader and bytes.Reader from Go's own sources.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

func main() {
	sr := strings.NewReader("hello, reader")
	buf := make([]byte, 5)
	n, err := sr.Read(buf)
	fmt.Println(n, err, string(buf), sr.Len(), sr.Size())
	sr.Seek(7, io.SeekStart)
	rest, _ := io.ReadAll(sr)
	fmt.Printf("%q\n", rest)

	br := bytes.NewReader([]byte("0123456789"))
	b3 := make([]byte, 3)
	n, err = br.ReadAt(b3, 8)
	fmt.Println(n, err, string(b3[:n]))
	_, err = io.ReadFull(br, make([]byte, 20))
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))

	all, _ := io.ReadAll(io.LimitReader(upper{strings.NewReader("limited reader")}, 7))
	fmt.Println(string(all))

	var sb strings.Builder
	nn, _ := io.Copy(&sb, io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd")))
	fmt.Println(nn, sb.String())

	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, &b2)
	io.WriteString(mw, "twice")
	fmt.Println(b1.String(), b2.String())

	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through the pipe")
		pw.Close()
	}()
	piped, err := io.ReadAll(pr)
	fmt.Println(string(piped), err)

	sec := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	s, _ := io.ReadAll(sec)
	fmt.Println(string(s))
	fmt.Println(io.EOF, io.ErrShortWrite, io.ErrClosedPipe)
}
