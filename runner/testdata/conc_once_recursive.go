// Once.Do called from its own f waits for itself: a deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	once.Do(func() {
		fmt.Println("outer")
		once.Do(func() { fmt.Println("inner") })
	})
}
