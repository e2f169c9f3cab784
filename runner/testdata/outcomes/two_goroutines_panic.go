// Two goroutines panic with different values while main waits: whichever
// panics first ends the program with its message.
package main

import "time"

func main() {
	go func() { panic("left") }()
	go func() { panic("right") }()
	time.Sleep(time.Second)
}
