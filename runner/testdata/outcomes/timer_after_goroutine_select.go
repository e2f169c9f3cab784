// Main selects on its own time.After and on one a goroutine made, both of
// the same duration: which deadline is earlier depends on which was made
// first, and the earlier one wins the select.
package main

import (
	"fmt"
	"time"
)

func main() {
	const d = 5 * time.Millisecond
	from := make(chan (<-chan time.Time))
	go func() {
		from <- time.After(d)
	}()
	mine := time.After(d)
	theirs := <-from
	select {
	case <-mine:
		fmt.Println("mine")
	case <-theirs:
		fmt.Println("theirs")
	}
}
