// Visibility rows "goroutine start" and "goroutine exit": main returning
// ends the program, before or after the child prints.
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	go fmt.Println("child")
	fmt.Println("main")
}
