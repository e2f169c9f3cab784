// A method value with a value receiver copies the receiver when it is made
// (`f := c.Get`), not when it is called: a goroutine's write to c lands
// before or after that copy, and f keeps what it copied.
package main

import "fmt"

type counter struct{ n int }

func (c counter) Get() int { return c.n }

func main() {
	var c counter
	done := make(chan bool)
	go func() {
		c.n = 1
		done <- true
	}()
	f := c.Get
	<-done
	fmt.Println(f(), c.n)
}
