// os.Exit in a goroutine races with main's output.
package main

import (
	"fmt"
	"os"
)

func main() {
	go func() {
		os.Exit(3)
	}()
	fmt.Println("a")
	fmt.Println("b")
	select {}
}
