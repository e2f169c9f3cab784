// A method value of an interface evaluates the interface when it is made:
// a goroutine storing another dynamic type into the variable before or
// after that decides which method f calls.
package main

import "fmt"

type a struct{}
type b struct{}

func (a) Name() string { return "a" }
func (b) Name() string { return "b" }

type namer interface{ Name() string }

func main() {
	var n namer = a{}
	done := make(chan bool)
	go func() {
		n = b{}
		done <- true
	}()
	f := n.Name
	<-done
	fmt.Println(f(), n.Name())
}
