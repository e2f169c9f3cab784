// A range that began while the map was small (one group of 8 slots) looks
// each key up again once a writer grew the map into a table: Go's
// Iter.Next checks the writing flag (iteration text), then getWithKey
// checks it again with the read's text, so a write begun in between fails
// as a read (audit10 found it: real Go 5 of 40 runs of a longer program).
// The range waits in its first turn until the writer grew the map, then
// goes on while the writer updates.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 5; i++ {
		m[i] = i
	}
	grown := make(chan bool)
	var resumed atomic.Bool
	go func() {
		for i := 5; i < 9; i++ {
			m[i] = i
		}
		grown <- true
		for !resumed.Load() {
		}
		for i := 0; i < 1000; i++ {
			m[i%9] = i
		}
	}()
	n := 0
	for k := range m {
		if n == 0 {
			<-grown
			resumed.Store(true)
		}
		n += k + 1
	}
	fmt.Println("done")
}
