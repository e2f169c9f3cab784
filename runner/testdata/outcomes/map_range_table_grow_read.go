// The table case of map_range_grow_read: a range over a table of 16 slots
// (10 entries) whose table the writer replaces by inserting the 15th entry
// (past 7/8 full: Go doubles it) looks its keys up again in the new one,
// and a write begun after its check of the writing flag fails the lookup
// as a read. (map_range_table_no_grow stops one entry short.)
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 10; i++ {
		m[i] = i
	}
	grown := make(chan bool)
	var resumed atomic.Bool
	go func() {
		for i := 10; i < 15; i++ {
			m[i] = i
		}
		grown <- true
		for !resumed.Load() {
		}
		for i := 0; i < 1000; i++ {
			m[i%15] = i
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
