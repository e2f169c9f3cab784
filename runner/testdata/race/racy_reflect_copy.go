// reflect.Copy writes the elements of a slice a goroutine read: the
// runtime's typedslicecopy races with the read.
package main

import (
	"reflect"
	"time"
)

func main() {
	s := []int{1, 2, 3}
	go func() {
		println(s[1])
	}()
	time.Sleep(10 * time.Millisecond)
	reflect.Copy(reflect.ValueOf(s), reflect.ValueOf([]int{4, 5, 6}))
	println(s[1])
}
