// reflect's Pointer of a map variable a goroutine sets: Value.Pointer reads
// the variable (-race reports it), so main sees the nil map or the new one.
// Main works a little first, so that on a second P the store often comes
// first.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	var m map[int]int
	done := make(chan bool)
	go func() {
		m = map[int]int{}
		done <- true
	}()
	x := 0
	for i := range 300000 {
		x += i
	}
	set := reflect.ValueOf(&m).Elem().Pointer() != 0
	<-done
	fmt.Println(set, x > 0)
}
