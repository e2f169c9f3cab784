// A goroutine started from a deferred call during main's return may or may
// not get to print before the program exits.
package main

import "fmt"

func main() {
	defer func() {
		go fmt.Println("from deferred goroutine")
	}()
	fmt.Println("main")
}
