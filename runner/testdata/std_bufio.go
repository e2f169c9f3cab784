// bufio from Go's own sources over strings and bytes readers and writers.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha beta\ngamma\n\ndelta"))
	for n := 1; sc.Scan(); n++ {
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println("err:", sc.Err())

	words := bufio.NewScanner(strings.NewReader("  one two\tthree\nfour  "))
	words.Split(bufio.ScanWords)
	var ws []string
	for words.Scan() {
		ws = append(ws, words.Text())
	}
	fmt.Println(len(ws), ws)

	runes := bufio.NewScanner(strings.NewReader("héllo"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Print(runes.Text(), "|")
	}
	fmt.Println()

	r := bufio.NewReaderSize(strings.NewReader("first line\nsecond line\nno newline"), 16)
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	r2 := bufio.NewReader(strings.NewReader("xyz"))
	b, _ := r2.ReadByte()
	r2.UnreadByte()
	peek, _ := r2.Peek(2)
	rn, size, _ := r2.ReadRune()
	fmt.Println(string(b), string(peek), string(rn), size, r2.Buffered())

	var buf bytes.Buffer
	w := bufio.NewWriterSize(&buf, 8)
	fmt.Fprintf(w, "%s-%d", "abc", 12345)
	fmt.Println("before flush:", buf.Len(), w.Buffered(), w.Available())
	w.Flush()
	fmt.Println("after flush:", buf.String())

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintln(out, "buffered to stdout")
}
