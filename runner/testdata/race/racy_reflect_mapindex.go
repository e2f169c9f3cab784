// reflect's MapIndex of a map a goroutine writes: the lookup races with
// the assignment, the copy of the value with the slot write.
package main

import (
	"reflect"
	"time"
)

func main() {
	m := map[int]int{1: 1}
	go func() {
		m[1] = 2
	}()
	time.Sleep(10 * time.Millisecond)
	println(reflect.ValueOf(m).MapIndex(reflect.ValueOf(1)).Int())
}
