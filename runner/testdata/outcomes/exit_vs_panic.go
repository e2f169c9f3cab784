// One goroutine calls os.Exit(4) while another panics; whichever acts
// first decides the exit status.
package main

import (
	"os"
	"time"
)

func main() {
	go func() { os.Exit(4) }()
	go func() { panic("boom") }()
	time.Sleep(time.Second)
}
