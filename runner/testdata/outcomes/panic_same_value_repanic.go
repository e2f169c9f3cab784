// A deferred call recovers and re-panics with the very same value: Go
// prints it once, marked "[recovered, repanicked]". main prints meanwhile.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		defer func() {
			panic(recover())
		}()
		panic("oops")
	}()
	fmt.Println("main")
	time.Sleep(time.Second)
}
