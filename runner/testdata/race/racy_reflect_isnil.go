// reflect's IsNil of a pointer variable a goroutine sets: its read of the
// variable races with the store (Go's report shows reflect.Value.IsNil).
package main

import (
	"reflect"
	"time"
)

func main() {
	var p *int
	go func() {
		p = new(int)
	}()
	time.Sleep(10 * time.Millisecond)
	println(reflect.ValueOf(&p).Elem().IsNil())
}
