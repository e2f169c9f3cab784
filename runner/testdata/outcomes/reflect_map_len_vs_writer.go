// reflect's Len of a map while a goroutine adds a key: reflect.maplen reads
// the map's count (a read -race reports against the write), with no check
// of the writing flag, so it sees the map before or after the write. Main
// works a little first, so that on a second P the write often comes first.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	m := map[int]int{1: 10}
	done := make(chan bool)
	go func() {
		m[2] = 20
		done <- true
	}()
	x := 0
	for i := range 300000 {
		x += i
	}
	n := reflect.ValueOf(m).Len()
	<-done
	fmt.Println(n, x > 0)
}
