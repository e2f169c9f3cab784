// Two goroutines write 4 bytes each into one io.Pipe and main reads in
// 3-byte chunks: a Read returns bytes of one Write only (a pipe hands each
// Write over whole, under its write lock), so the chunks never mix.
// outcomes: min-reached=2
package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
)

func main() {
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	for _, s := range []string{"aaaa", "bbbb"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pw.Write([]byte(s))
		}()
	}
	go func() {
		wg.Wait()
		pw.Close()
	}()
	var parts []string
	buf := make([]byte, 3)
	for {
		n, err := pr.Read(buf)
		if n > 0 {
			parts = append(parts, string(buf[:n]))
		}
		if err != nil {
			break
		}
	}
	fmt.Println(strings.Join(parts, "|"))
}
