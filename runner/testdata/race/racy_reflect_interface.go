// Interface() of a struct variable reached through reflect copies it (gc's
// packEface: typedmemmove) while a goroutine writes a field: the copy's
// read races with the write; Int() of an int variable is a plain read.
package main

import (
	"reflect"
	"time"
)

type pt struct{ a, b int }

func main() {
	x := 1
	p := pt{1, 2}
	go func() {
		x = 2
		p.a = 3
	}()
	time.Sleep(10 * time.Millisecond)
	println(reflect.ValueOf(&x).Elem().Int())
	println(reflect.ValueOf(&p).Elem().Interface().(pt).a)
}
