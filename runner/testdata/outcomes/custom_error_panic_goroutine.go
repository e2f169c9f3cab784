// A goroutine panics with a custom error type (Error method on a struct
// pointer) while main prints in a loop: the panic text uses Error(), and
// how many of main's lines precede it depends on the schedule.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"time"
)

type opError struct {
	op   string
	code int
}

func (e *opError) Error() string { return fmt.Sprintf("%s failed with %d", e.op, e.code) }

func main() {
	go func() { panic(&opError{"write", 5}) }()
	for i := range 3 {
		fmt.Println("main", i)
	}
	time.Sleep(20 * time.Millisecond)
}
