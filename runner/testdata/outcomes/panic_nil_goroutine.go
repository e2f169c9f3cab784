// panic(nil) in a goroutine is a *runtime.PanicNilError since Go 1.21: a
// recover sees it as non-nil; unrecovered, it ends the program with its
// own message. main's line races with it.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	go func() {
		defer func() { done <- fmt.Sprint(recover()) }()
		panic(nil)
	}()
	fmt.Println("recovered:", <-done)
	go func() { panic(nil) }()
	fmt.Println("main")
	time.Sleep(time.Second)
}
