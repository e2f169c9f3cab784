// A blocked send of an interface field reached through a pointer (p.v is
// *p's field: addressable): the receiver copies the interface stored in the
// field while the sender waited.
package main

import (
	"fmt"
	"time"
)

type holder struct {
	n int
	v any
}

func main() {
	ch := make(chan any)
	p := &holder{v: 1}
	go func() { ch <- p.v }()
	time.Sleep(time.Millisecond)
	p.v = "two"
	fmt.Println(<-ch)
}
