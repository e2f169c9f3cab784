// A done flag polled without synchronisation: a classic race.
package main

import "time"

func main() {
	done := false
	go func() {
		done = true
	}()
	time.Sleep(10 * time.Millisecond)
	if done {
		println("done")
	}
}
