// Two goroutines read up to 4 bytes each from an io.Pipe into which main
// writes 6 bytes at once: whichever reads first gets "abcd", the other
// the remaining "ef".
// outcomes: min-reached=2
package main

import (
	"fmt"
	"io"
	"sync"
)

func main() {
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	got := make([]string, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := make([]byte, 4)
			n, _ := pr.Read(buf)
			got[i] = string(buf[:n])
		}()
	}
	pw.Write([]byte("abcdef"))
	wg.Wait()
	fmt.Println(got)
}
