// `go fmt.Println(...)`: standard-library calls as goroutine bodies, made
// directly by the go statement; their lines come in either order.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"time"
)

func main() {
	go fmt.Println("a")
	go fmt.Println("b")
	time.Sleep(20 * time.Millisecond)
}
