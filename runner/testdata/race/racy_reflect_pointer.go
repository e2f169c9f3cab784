// reflect's Pointer of a map variable a goroutine sets: its read of the
// variable races with the store (Go's report shows reflect.Value.pointer
// under reflect.Value.Pointer).
package main

import (
	"reflect"
	"time"
)

func main() {
	var m map[int]int
	go func() {
		m = map[int]int{}
	}()
	time.Sleep(10 * time.Millisecond)
	println(reflect.ValueOf(&m).Elem().Pointer() != 0)
}
