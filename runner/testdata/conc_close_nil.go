// Closing a nil channel panics.
package main

import "fmt"

type Worker struct {
	name string
	done chan bool
}

func (w *Worker) Stop() {
	fmt.Println("stopping", w.name)
	close(w.done)
}

func main() {
	a := &Worker{"a", make(chan bool)}
	b := &Worker{name: "b"} // done never made
	a.Stop()
	b.Stop()
}
