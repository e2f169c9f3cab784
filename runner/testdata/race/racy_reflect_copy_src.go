// reflect.Copy reads the elements of a slice a goroutine wrote: the
// runtime's typedslicecopy races with the write.
package main

import (
	"reflect"
	"time"
)

func main() {
	src := []int{1, 2, 3}
	go func() {
		src[2] = 7
	}()
	time.Sleep(10 * time.Millisecond)
	dst := make([]int, 3)
	n := reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf(src))
	println(n, dst[2])
}
