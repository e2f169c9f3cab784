package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// A producer writes lines into an io.Pipe while the consumer reads two and
// closes its end with an error: the producer's third write fails.
func main() {
	pr, pw := io.Pipe()
	done := make(chan error)
	go func() {
		var err error
		for i := 0; i < 4 && err == nil; i++ {
			_, err = fmt.Fprintf(pw, "line %d\n", i)
			fmt.Println("wrote", i, err)
		}
		pw.Close()
		done <- err
	}()
	sc := bufio.NewScanner(pr)
	for i := 0; i < 2 && sc.Scan(); i++ {
		fmt.Println("read", sc.Text())
	}
	pr.CloseWithError(errors.New("enough"))
	fmt.Println("producer:", <-done)
}
