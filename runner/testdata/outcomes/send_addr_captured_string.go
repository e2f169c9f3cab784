// A blocked send of a captured string variable reads it at the hand-off:
// the closure holds the variable by reference, gc sends from its address,
// and the receiver copies the string written while the sender waited.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	s := "before"
	go func() { ch <- s }()
	time.Sleep(time.Millisecond)
	s = "after"
	fmt.Println(<-ch)
}
