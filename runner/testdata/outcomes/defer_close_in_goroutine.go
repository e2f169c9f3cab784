// `defer close(ch)` in two producers each ranging out their values; a
// consumer waits for both to close. The values interleave in any order.
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	a := make(chan string)
	b := make(chan string)
	for _, c := range []struct {
		ch   chan string
		name string
	}{{a, "a"}, {b, "b"}} {
		go func() {
			defer close(c.ch)
			c.ch <- c.name + "1"
			c.ch <- c.name + "2"
		}()
	}
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			fmt.Print(v, " ")
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println()
}
