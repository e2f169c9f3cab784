// A deferred call that panics while a panic is already running: both are shown.
package main

import "fmt"

type Conn struct{ open bool }

func (c *Conn) Close() {
	fmt.Println("closing connection, open =", c.open)
	if !c.open {
		panic("close of a closed connection")
	}
	c.open = false
}

func serve(c *Conn) {
	defer c.Close()
	c.open = false
	fmt.Println("serving")
	panic("request handler crashed")
}

func main() {
	c := &Conn{open: true}
	serve(c)
}
