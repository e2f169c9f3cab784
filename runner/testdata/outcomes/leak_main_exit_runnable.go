// main returns while one goroutine is blocked forever and another is
// runnable: the runnable one may or may not print before the process ends.
package main

import "fmt"

func main() {
	block := make(chan int)
	go func() { <-block; fmt.Println("never") }()
	go func() { fmt.Println("runnable") }()
	fmt.Println("main")
}
