// `defer c.Show()` with a value receiver copies c at the defer statement; a
// goroutine's write lands before or after that copy, and the deferred call
// prints what was copied while main prints what is there at the end.
package main

import "fmt"

type cfg struct{ name string }

func (c cfg) Show() { fmt.Println("deferred", c.name) }

func main() {
	c := cfg{"a"}
	done := make(chan bool)
	go func() {
		c.name = "b"
		done <- true
	}()
	defer c.Show()
	<-done
	fmt.Println("main", c.name)
}
