// A send evaluates its channel and value before it blocks: the value is
// fixed then, even if the variable changes while the sender waits for a
// receiver; the receiver's print races with main's.
package main

import "fmt"

func main() {
	ch := make(chan int)
	x := 1
	go func() {
		ch <- x
	}()
	v := <-ch
	x = 2
	fmt.Println(v, x)
}
