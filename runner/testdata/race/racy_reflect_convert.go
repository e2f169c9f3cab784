// Convert of an addressable Value reads the variable a goroutine wrote.
package main

import (
	"reflect"
	"time"
)

type celsius float64

func main() {
	x := 1.5
	go func() {
		x = 2.5
	}()
	time.Sleep(10 * time.Millisecond)
	v := reflect.ValueOf(&x).Elem().Convert(reflect.TypeOf(celsius(0)))
	println(int(v.Float() * 10))
}
