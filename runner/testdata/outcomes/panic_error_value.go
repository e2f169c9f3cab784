// Two goroutines panic, one with an error value and one with a custom
// integer type: the crash line shows the error's text or the typed value.
package main

import (
	"errors"
	"fmt"
	"time"
)

type code int

func main() {
	go func() { panic(fmt.Errorf("wrapped: %w", errors.New("disk full"))) }()
	go func() { panic(code(7)) }()
	time.Sleep(time.Second)
}
