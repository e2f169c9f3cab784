// A blocking reflect.Select over a receive and a send case waits until a
// goroutine makes one ready; it sees which one came first. Then a second
// Select with only nil channels blocks forever: deadlock.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() { in <- 1 }()
	go func() { fmt.Println("got", <-out) }()
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(in)},
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(out), Send: reflect.ValueOf(2)},
	}
	i, v, ok := reflect.Select(cases)
	if i == 0 {
		fmt.Println("recv", v, ok)
	} else {
		fmt.Println("sent")
	}
	var nilc chan int
	reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(nilc)}})
}
