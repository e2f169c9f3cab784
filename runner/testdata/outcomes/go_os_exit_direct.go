// `go os.Exit(3)`: the exit call as a goroutine body; main prints two
// lines first or not.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	go os.Exit(3)
	fmt.Println("main 1")
	fmt.Println("main 2")
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main returns")
}
