// reflect's MapKeys of a map a goroutine adds a key to: its read of the
// length races with the assignment.
package main

import (
	"reflect"
	"time"
)

func main() {
	m := map[int]int{1: 1}
	go func() {
		m[2] = 2
	}()
	time.Sleep(10 * time.Millisecond)
	println(len(reflect.ValueOf(m).MapKeys()))
}
