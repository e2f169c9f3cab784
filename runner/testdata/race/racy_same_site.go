// The same pair of lines races on a new variable each time round the loop:
// Go reports a pair of stacks only once.
package main

import "time"

func main() {
	for i := 0; i < 3; i++ {
		p := new(int)
		go func() {
			*p = i
		}()
		time.Sleep(10 * time.Millisecond)
		println(*p)
	}
}
