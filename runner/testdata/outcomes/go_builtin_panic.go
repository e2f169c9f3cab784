// `go panic("x")`: the panic builtin as a goroutine body, against main's
// prints.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"time"
)

func main() {
	go panic("from go statement")
	fmt.Println("main 1")
	fmt.Println("main 2")
	time.Sleep(20 * time.Millisecond)
}
