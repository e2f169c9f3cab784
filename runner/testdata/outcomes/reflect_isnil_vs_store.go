// reflect's IsNil of a pointer variable a goroutine sets: the read of the
// variable races with the store (-race reports it under
// reflect.Value.IsNil), so main sees nil or the new pointer. Main works a
// little first, so that on a second P the store often comes first.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	var p *int
	done := make(chan bool)
	go func() {
		p = new(int)
		done <- true
	}()
	x := 0
	for i := range 300000 {
		x += i
	}
	isNil := reflect.ValueOf(&p).Elem().IsNil()
	<-done
	fmt.Println(isNil, x > 0)
}
