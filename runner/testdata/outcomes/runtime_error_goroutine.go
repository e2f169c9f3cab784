// A goroutine writes to a nil map (a runtime error panic) while main prints
// and waits: the panic ends the program, after main's line or before it.
package main

import (
	"fmt"
	"time"
)

func main() {
	var m map[string]int
	go func() {
		m["x"] = 1
	}()
	fmt.Println("main")
	time.Sleep(time.Second)
}
