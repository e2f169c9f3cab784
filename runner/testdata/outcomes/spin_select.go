// Fairness: a select with default in a loop, polling until a worker is done.
package main

import "fmt"

func main() {
	done := make(chan struct{})
	polls := 0
	go func() {
		close(done)
	}()
	for {
		select {
		case <-done:
			fmt.Println("done", polls > 0)
			return
		default:
			polls++
		}
	}
}
