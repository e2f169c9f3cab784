// map_range_table_grow_read one entry short: 14 entries fit a table of 16
// slots (7/8 full), the table is not replaced, the range looks nothing up
// again, and only the iteration's own check can fail (Go's read text
// never shows).
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
		for i := 10; i < 14; i++ {
			m[i] = i
		}
		grown <- true
		for !resumed.Load() {
		}
		for i := 0; i < 1000; i++ {
			m[i%14] = i
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
