// reflect's SetMapIndex on a map a goroutine reads: the assignment
// races with the lookup.
package main

import (
	"reflect"
	"time"
)

func main() {
	m := map[string]int{"a": 1}
	go func() {
		println(m["a"])
	}()
	time.Sleep(10 * time.Millisecond)
	reflect.ValueOf(m).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(3))
}
