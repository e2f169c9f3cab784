// An object initialised and then published through a plain pointer: the
// reader's load of a field races with the initialising store as well as
// the pointer's (two reports in go run -race).
package main

import "time"

type box struct{ a, b int }

var shared *box

func main() {
	go func() {
		b := &box{a: 1, b: 2} // initialising stores: nobody holds b yet
		shared = b
	}()
	time.Sleep(10 * time.Millisecond)
	if p := shared; p != nil {
		println(p.a)
	}
}
