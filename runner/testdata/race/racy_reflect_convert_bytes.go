// Convert of a []byte to a string reads the bytes a goroutine writes, even
// through a Value that is not addressable: the runtime's
// slicebytetostring races with the write.
package main

import (
	"reflect"
	"time"
)

func main() {
	b := []byte("abc")
	go func() {
		b[1] = 'x'
	}()
	time.Sleep(10 * time.Millisecond)
	s := reflect.ValueOf(b).Convert(reflect.TypeOf("")).String()
	println(len(s))
}
