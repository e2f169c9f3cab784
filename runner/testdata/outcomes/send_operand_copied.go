// Send operands gc copies at the statement, not at the hand-off: a select's
// send case (order.go copies its value into a temporary), a local copied
// first, a map value (not addressable), a conversion, an arithmetic result
// and a call's result. Each sender parks before main's writes, and each
// receiver gets the value from before them.
package main

import (
	"fmt"
	"time"
)

var x, y, z, w int
var i32 int32
var m = map[string]int{"k": 0}

func get() int { return w }

func main() {
	chs := make([]chan int, 6)
	for i := range chs {
		chs[i] = make(chan int)
	}
	go func() {
		select {
		case chs[0] <- x:
		}
	}()
	go func() {
		v := y
		chs[1] <- v
	}()
	go func() { chs[2] <- m["k"] }()
	go func() { chs[3] <- int(i32) }()
	go func() { chs[4] <- z + 0 }()
	go func() { chs[5] <- get() }()
	time.Sleep(time.Millisecond)
	x, y, z, w, i32 = 1, 1, 1, 1, 1
	m["k"] = 1
	for _, ch := range chs {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
}
