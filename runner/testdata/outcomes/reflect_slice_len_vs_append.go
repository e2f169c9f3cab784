// reflect's Len of a slice variable a goroutine appends to: Value.Len reads
// the slice header (Go's -race does not report this read, but it is a race
// all the same), so main sees the length before or after the append. Main
// works a little first, so that on a second P the append often comes first.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	var s []int
	done := make(chan bool)
	go func() {
		s = append(s, 1)
		done <- true
	}()
	x := 0
	for i := range 300000 {
		x += i
	}
	n := reflect.ValueOf(&s).Elem().Len()
	<-done
	fmt.Println(n, x > 0)
}
