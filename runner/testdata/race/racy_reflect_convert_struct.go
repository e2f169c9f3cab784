// Convert of an addressable struct to a type of the same underlying type
// copies the variable (cvtDirect's typedmemmove) while a goroutine writes
// a field.
package main

import (
	"reflect"
	"time"
)

type point struct{ X, Y int }
type vec point

func main() {
	p := point{1, 2}
	go func() {
		p.Y = 3
	}()
	time.Sleep(10 * time.Millisecond)
	v := reflect.ValueOf(&p).Elem().Convert(reflect.TypeOf(vec{})).Interface().(vec)
	println(v.X)
}
