// reflect's Send and Select hand the runtime the Value's pointer: for an
// addressable Value that is the variable itself, so a sender parked in
// Send or in a Select's send case is read when the receive takes its
// value, after main's write (1). A Value made by ValueOf holds a copy made
// at that call, and a value converted to an interface element is copied at
// the Send: those print the value from before the write (0).
package main

import (
	"fmt"
	"reflect"
	"time"
)

var a, b, c, d int

func main() {
	ca, cb, cc := make(chan int), make(chan int), make(chan int)
	cd := make(chan any)
	go func() { reflect.ValueOf(ca).Send(reflect.ValueOf(&a).Elem()) }()
	go func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(cb), Send: reflect.ValueOf(&b).Elem()}})
	}()
	go func() { reflect.ValueOf(cc).Send(reflect.ValueOf(c)) }()
	go func() { reflect.ValueOf(cd).Send(reflect.ValueOf(&d).Elem()) }()
	time.Sleep(20 * time.Millisecond) // the senders park
	a, b, c, d = 1, 1, 1, 1
	fmt.Println(<-ca, <-cb, <-cc, <-cd)
}
