// time.AfterFunc: the call happens before the function runs (no race on x),
// but nothing orders the function's write of y before main's read.
package main

import "time"

func main() {
	x := 1
	y := 0
	time.AfterFunc(5*time.Millisecond, func() {
		println(x)
		y = 2
	})
	time.Sleep(20 * time.Millisecond)
	println(y)
	t := time.NewTimer(5 * time.Millisecond)
	z := 0
	go func() {
		<-t.C
		z = 1
	}()
	time.Sleep(20 * time.Millisecond)
	println(z)
}
