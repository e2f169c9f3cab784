// bytes.IndexByte reads the slice's elements when it searches: a goroutine
// writing the byte searched for while main computes first is found or not
// (a data race on the element).
// outcomes: random=100 pct=100 dfs-runs=500
package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := []byte("abcd")
	done := make(chan bool)
	go func() {
		b[2] = 'x'
		done <- true
	}()
	x, d := 0, len(b)+5
	for i := range 40000 {
		x += i % d
	}
	fmt.Println(bytes.IndexByte(b, 'x'), x > 0)
	<-done
}
