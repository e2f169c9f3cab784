// Two goroutines send through reflect on an unbuffered channel; main
// receives through reflect. Either sender may be served first, and the
// senders park until main receives.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	c := make(chan int)
	cv := reflect.ValueOf(c)
	done := make(chan bool)
	for i := 1; i <= 2; i++ {
		go func() {
			cv.Send(reflect.ValueOf(i))
			done <- true
		}()
	}
	x, ok := cv.Recv()
	y, _ := cv.Recv()
	<-done
	<-done
	fmt.Println(x, y, ok)
}
