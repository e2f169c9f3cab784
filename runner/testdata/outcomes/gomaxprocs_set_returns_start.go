// runtime.GOMAXPROCS(n) returns the setting the program started with and
// sets a new one, which later calls return. A goroutine started after the
// change reads the new setting.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	old := runtime.GOMAXPROCS(3)
	done := make(chan int)
	go func() { done <- runtime.GOMAXPROCS(0) }()
	fmt.Println(old, <-done, runtime.NumCPU())
}
