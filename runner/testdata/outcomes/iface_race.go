package main

import "fmt"

var v any = 0

type T struct{ n int }

// Racy stores of different dynamic types to an interface variable.
func main() {
	done := make(chan struct{})
	go func() {
		v = "str"
		v = T{1}
		close(done)
	}()
	v = 3.5
	fmt.Printf("%v ", v)
	<-done
	fmt.Printf("%v\n", v)
}
