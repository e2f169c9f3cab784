// Convert of an addressable int reads the variable a goroutine writes.
package main

import (
	"reflect"
	"time"
)

func main() {
	x := 1
	go func() {
		x = 2
	}()
	time.Sleep(10 * time.Millisecond)
	v := reflect.ValueOf(&x).Elem().Convert(reflect.TypeOf(int64(0)))
	println(v.Int())
}
