// A goroutine writes a field of p while main, after some work, copies p
// out through reflect's Interface(): the copy has the old or the new field.
package main

import (
	"fmt"
	"reflect"
)

type point struct{ x, y int }

func main() {
	p := point{1, 2}
	done := make(chan bool)
	go func() {
		p.x = 3
		done <- true
	}()
	// Work that takes Go tens of microseconds (a division each turn) but
	// few instructions, so the goroutine on another P gets going.
	s, d := 0, p.y+5
	for i := range 40000 {
		s += i % d
	}
	q := reflect.ValueOf(&p).Elem().Interface().(point)
	<-done
	fmt.Println(q.x, s > 0)
}
