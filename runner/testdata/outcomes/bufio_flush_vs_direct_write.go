// main writes three lines through a bufio.Writer on stdout, flushing after
// the second and the third, while a goroutine writes "X\n" straight to
// stdout: X lands before, between or after the two flushes, never between
// "a" and "b", which reach the file in one write.
// outcomes: min-reached=2
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	done := make(chan bool)
	go func() {
		fmt.Fprint(os.Stdout, "X\n")
		done <- true
	}()
	fmt.Fprint(w, "a\n")
	fmt.Fprint(w, "b\n")
	w.Flush()
	fmt.Fprint(w, "c\n")
	w.Flush()
	<-done
}
