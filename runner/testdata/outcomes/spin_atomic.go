// Fairness: main spin-waits on an atomic flag that a goroutine sets. Every
// strategy must let the setter run; real Go prints the value every time.
package main

import (
	"fmt"
	"sync/atomic"
)

var ready int32
var value int

func main() {
	go func() {
		value = 42
		atomic.StoreInt32(&ready, 1)
	}()
	for atomic.LoadInt32(&ready) == 0 {
	}
	fmt.Println(value)
}
