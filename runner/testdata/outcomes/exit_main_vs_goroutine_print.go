// os.Exit(4) in main while a goroutine prints: its line appears or not,
// and main's deferred call never runs.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred")
	ready := make(chan bool)
	go func() {
		ready <- true
		fmt.Println("goroutine")
	}()
	<-ready
	fmt.Println("main")
	os.Exit(4)
}
