// A method value with a pointer receiver binds the pointer it was made
// from: a goroutine then pointing p at another value does not move f, but
// the goroutine's write before the method value is made does.
package main

import "fmt"

type box struct{ v string }

func (b *box) Get() string { return b.v }

func main() {
	p := &box{"old"}
	done := make(chan bool)
	go func() {
		p = &box{"new"}
		done <- true
	}()
	f := p.Get
	<-done
	fmt.Println(f(), p.v)
}
