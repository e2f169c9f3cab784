// A goroutine panics while main is returning: the program exits 0 or dies
// with the panic, whichever reaches its end first.
package main

import "fmt"

func main() {
	go func() {
		panic("worker failed")
	}()
	fmt.Println("main returns")
}
