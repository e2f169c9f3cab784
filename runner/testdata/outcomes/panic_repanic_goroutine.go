// A goroutine recovers a panic and panics again with a new value; the
// crash message names both. main prints meanwhile.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again after ", r))
		}()
		panic("first")
	}()
	fmt.Println("main")
	time.Sleep(time.Second)
}
