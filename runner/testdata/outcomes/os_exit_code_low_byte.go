// os.Exit's status is the code's low byte on Linux: the goroutine's
// os.Exit(-1) ends the process with 255, main's os.Exit(256+2) with 2.
// Which one ends it depends on the schedule (main yields once first).
package main

import (
	"fmt"
	"os"
	"runtime"
)

func main() {
	go func() {
		fmt.Println("worker")
		os.Exit(-1)
	}()
	runtime.Gosched()
	fmt.Println("main")
	os.Exit(256 + 2)
}
