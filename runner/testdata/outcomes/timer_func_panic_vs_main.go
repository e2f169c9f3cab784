// A panic inside a time.AfterFunc callback (its own goroutine) due at the
// same instant main wakes from a sleep and prints: the process dies with
// or without main's line, or main returns first.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"time"
)

func main() {
	time.AfterFunc(30*time.Millisecond, func() { panic("timer") })
	time.Sleep(30 * time.Millisecond)
	fmt.Println("main")
}
