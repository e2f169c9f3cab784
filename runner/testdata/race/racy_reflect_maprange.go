// reflect's MapRange over a map a goroutine writes: the iteration races
// with the assignment, MapIter.Value's copy with the slot write.
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
	it := reflect.ValueOf(m).MapRange()
	for it.Next() {
		println(it.Value().Int())
	}
}
