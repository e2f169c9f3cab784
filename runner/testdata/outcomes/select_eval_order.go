// A select evaluates every channel operand and send value once, in source
// order, before choosing; only then does it pick a ready case (both are).
package main

import "fmt"

func ch(name string, c chan int) chan int {
	fmt.Println("eval chan", name)
	return c
}

func val(v int) int {
	fmt.Println("eval value", v)
	return v
}

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	b <- 7
	select {
	case ch("a", a) <- val(1):
		fmt.Println("sent to a")
	case v := <-ch("b", b):
		fmt.Println("received", v)
	}
}
