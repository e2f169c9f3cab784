// A racy poll of an int counter: three goroutines increment n under a
// mutex, main reads it without the lock until it reaches 3.
package main

import (
	"fmt"
	"sync"
)

var n int

func main() {
	var mu sync.Mutex
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			n++
			mu.Unlock()
		}()
	}
	for n < 3 {
	}
	fmt.Println("n reached", n)
}
