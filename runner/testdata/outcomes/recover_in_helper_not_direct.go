// recover only stops a panic when called directly by the deferred
// function: a goroutine whose deferred function calls a helper that calls
// recover still crashes the program, after main's line or before it.
package main

import (
	"fmt"
	"time"
)

func helper() { fmt.Println("helper recovered:", recover()) }

func main() {
	go func() {
		defer func() { helper() }()
		panic("not recovered")
	}()
	fmt.Println("main")
	time.Sleep(time.Second)
}
