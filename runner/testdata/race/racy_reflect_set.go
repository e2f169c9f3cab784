// Value.Set through reflect writes a variable a goroutine reads: the
// runtime's typedmemmove races with the read.
package main

import (
	"reflect"
	"time"
)

func main() {
	x := 1
	go func() {
		println(x)
	}()
	time.Sleep(10 * time.Millisecond)
	reflect.ValueOf(&x).Elem().Set(reflect.ValueOf(2))
	println(x)
}
