// reflect's channel operations panic as Go's do: misuse caught by
// reflect.Select and Value's methods, and the runtime's panics for close
// of a nil or closed channel and send on a closed channel. Then a
// goroutine blocks in Recv and main in Send on another channel: deadlock.
package main

import (
	"fmt"
	"reflect"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	c := make(chan int, 1)
	var ro <-chan int = c
	var so chan<- int = c
	var nilc chan int
	try("select recv-only send", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(ro), Send: reflect.ValueOf(1)}})
	})
	try("select send-only recv", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(so)}})
	})
	try("two defaults", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}, {Dir: reflect.SelectDefault}})
	})
	try("default with chan", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault, Chan: reflect.ValueOf(c)}})
	})
	try("send missing value", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(c)}})
	})
	try("recv with value", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c), Send: reflect.ValueOf(1)}})
	})
	try("bad dir", func() { reflect.Select([]reflect.SelectCase{{Dir: 7}}) })
	try("send wrong type", func() { reflect.ValueOf(c).Send(reflect.ValueOf("s")) })
	try("send on recv-only", func() { reflect.ValueOf(ro).Send(reflect.ValueOf(1)) })
	try("recv on send-only", func() { reflect.ValueOf(so).Recv() })
	try("close recv-only", func() { reflect.ValueOf(ro).Close() })
	try("recv of int", func() { reflect.ValueOf(3).Recv() })
	try("close nil", func() { reflect.ValueOf(nilc).Close() })
	i, _, _ := reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}})
	fmt.Println("only default:", i)
	fmt.Println(reflect.ValueOf(nilc).TrySend(reflect.ValueOf(1)))
	v, ok := reflect.ValueOf(nilc).TryRecv()
	fmt.Println(v.IsValid(), ok)
	reflect.ValueOf(c).Close()
	try("close closed", func() { reflect.ValueOf(c).Close() })
	try("send closed", func() { reflect.ValueOf(c).Send(reflect.ValueOf(1)) })
	try("trysend closed", func() { reflect.ValueOf(c).TrySend(reflect.ValueOf(1)) })
	try("select send closed", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(c), Send: reflect.ValueOf(1)}, {Dir: reflect.SelectDefault}})
	})
	i, v, ok = reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)}})
	fmt.Println("closed recv:", i, v, ok)
	d := make(chan int)
	go reflect.ValueOf(make(chan int)).Recv()
	reflect.ValueOf(d).Send(reflect.ValueOf(1))
}
