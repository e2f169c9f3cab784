// Two goroutines close the same channel through reflect: the second close
// panics "close of closed channel", whichever of them it is; main may
// finish first.
package main

import (
	"fmt"
	"reflect"
	"time"
)

func main() {
	c := make(chan int)
	cv := reflect.ValueOf(c)
	for i := 0; i < 2; i++ {
		go func() {
			cv.Close()
		}()
	}
	_, ok := cv.Recv()
	fmt.Println(ok)
	time.Sleep(50 * time.Millisecond)
}
