// once.Do called from inside its own function blocks for ever on the Once's
// lock: the program deadlocks after a goroutine has had its chance to print.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	go fmt.Println("goroutine")
	once.Do(func() {
		fmt.Println("outer")
		once.Do(func() { fmt.Println("inner") })
	})
}
