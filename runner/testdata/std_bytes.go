// bytes.Buffer and the bytes functions, including how results alias their
// arguments and what capacity they have.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

func show(name string, bs [][]byte) {
	fmt.Printf("%s: %d [", name, len(bs))
	for i, b := range bs {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Printf("%q", b)
	}
	fmt.Println("]")
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(',')
	buf.WriteRune(' ')
	buf.WriteRune('世')
	n, err := buf.Write([]byte("!\nsecond line\nthird"))
	fmt.Println(n, err, buf.Len(), buf.String())
	fmt.Fprintf(&buf, " %d-%s", 42, "x")
	fmt.Printf("%q\n", buf.Bytes())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	lb, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v %d\n", lb, err, buf.Len())
	c, _ := buf.ReadByte()
	fmt.Println(string(c), buf.UnreadByte(), buf.Len())
	r, size, _ := buf.ReadRune()
	fmt.Println(string(r), size)
	rest, err := buf.ReadString('\n')
	fmt.Printf("%q %v %v\n", rest, err, err == io.EOF)
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
	buf.Grow(100)
	fmt.Println(buf.Len(), buf.Cap() >= 100)
	buf.WriteString("abcdef")
	buf.Truncate(3)
	fmt.Println(buf.String(), buf.Next(2), buf.String())
	nb := bytes.NewBufferString("from string")
	p := make([]byte, 4)
	k, _ := nb.Read(p)
	fmt.Println(k, string(p), nb.String())
	var sb strings.Builder
	wn, _ := bytes.NewBuffer([]byte("to a writer")).WriteTo(&sb)
	fmt.Println(wn, sb.String())
	var big bytes.Buffer
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&big, "%03d;", i)
	}
	fmt.Println(big.Len(), big.Cap(), string(big.Bytes()[390:]))
	var empty bytes.Buffer
	_, err = empty.ReadByte()
	fmt.Println(err)

	a, b := []byte("Go gopher"), []byte("go gopher")
	fmt.Println(bytes.Equal(a, b), bytes.Equal(nil, []byte{}), bytes.EqualFold(a, b))
	fmt.Println(bytes.Compare(a, b), bytes.Compare(b, a), bytes.Compare(a, a))
	fmt.Println(bytes.Contains(a, []byte("gop")), bytes.ContainsAny(a, "xyz"), bytes.ContainsRune(a, 'G'))
	fmt.Println(bytes.Index(a, []byte("ph")), bytes.IndexByte(a, 'o'), bytes.LastIndex(a, []byte("o")), bytes.IndexRune([]byte("héllo"), 'l'))
	fmt.Println(bytes.IndexAny(a, "ph"), bytes.LastIndexAny(a, "Go"), bytes.LastIndexByte(a, 'g'), bytes.Count(a, []byte("o")), bytes.Count(a, nil))
	fmt.Println(bytes.HasPrefix(a, []byte("Go")), bytes.HasSuffix(a, []byte("her")), bytes.HasPrefix(a, []byte("go")))
	fmt.Println(bytes.IndexFunc(a, unicode.IsSpace), bytes.LastIndexFunc(a, unicode.IsUpper))

	csv := []byte("a,b,,c")
	parts := bytes.Split(csv, []byte(","))
	show("Split", parts)
	fmt.Println(cap(parts[0]), cap(parts[3]))
	parts[0][0] = 'A' // aliases csv
	fmt.Println(string(csv))
	show("SplitN", bytes.SplitN(csv, []byte(","), 2))
	show("SplitAfter", bytes.SplitAfter(csv, []byte(",")))
	show("Split empty sep", bytes.Split([]byte("héj"), nil))
	show("Fields", bytes.Fields([]byte("  the quick\tbrown\n fox  ")))
	show("FieldsFunc", bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte(", ")))
	fmt.Printf("%q %v\n", bytes.TrimSpace([]byte(" \t pad \n")), bytes.TrimSpace([]byte("   ")) == nil)
	fmt.Printf("%q %q %q\n", bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimLeft([]byte("xxhixx"), "x"), bytes.TrimRight([]byte("xxhixx"), "x"))
	fmt.Printf("%q %q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	fmt.Printf("%q %q %q\n", bytes.ToUpper([]byte("hello, wörld")), bytes.ToLower([]byte("HELLO")), bytes.ToTitle([]byte("ß")))
	rep := bytes.Repeat([]byte("ab"), 3)
	fmt.Printf("%q %d\n", rep, cap(rep))
	fmt.Printf("%q\n", bytes.ReplaceAll([]byte("oink oink oink"), []byte("k"), []byte("ky")))
	fmt.Printf("%q\n", bytes.Replace([]byte("oink oink oink"), []byte("oink"), []byte("moo"), 2))
	fmt.Printf("%q\n", bytes.Replace([]byte("abc"), nil, []byte("-"), -1))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	cl := bytes.Clone([]byte("clone"))
	fmt.Println(string(cl), bytes.Clone(nil) == nil)
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("banana")))
	fmt.Println(bytes.Runes([]byte("héllo")))
	for l := range bytes.Lines([]byte("one\ntwo\nthree")) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for f := range bytes.FieldsSeq([]byte(" p  q r ")) {
		fmt.Printf("%q ", f)
	}
	fmt.Println()
}
