// A goroutine reads x while main, after some work, sets it through
// reflect's Value.Set: the reader sees the old or the new value.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	x := 1
	got := make(chan int)
	go func() {
		v := x // a send of x itself may pass gc its address
		got <- v
	}()
	// Work that takes Go tens of microseconds (a division each turn) but
	// few instructions, so the goroutine on another P gets going.
	w, d := 0, x+5
	for i := range 40000 {
		w += i % d
	}
	reflect.ValueOf(&x).Elem().Set(reflect.ValueOf(2))
	fmt.Println(<-got, x, w > 0)
}
