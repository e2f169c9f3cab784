// One goroutine writes "data" into an io.Pipe while another closes the
// write side with an error; main reads everything: either the write got
// through (main reads "data", then the error) or the pipe was closed
// first (nothing read, the writer gets io.ErrClosedPipe).
// outcomes: min-reached=2
package main

import (
	"errors"
	"fmt"
	"io"
	"sync"
)

func main() {
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	var werr error
	wg.Add(2)
	go func() {
		defer wg.Done()
		_, werr = pw.Write([]byte("data"))
	}()
	go func() {
		defer wg.Done()
		pw.CloseWithError(errors.New("stop"))
	}()
	b, err := io.ReadAll(pr)
	wg.Wait()
	fmt.Println(string(b), err, werr)
}
