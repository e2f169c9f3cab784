// Timers of close but different durations in one select, three times:
// the one due first wins, whichever was made first (the select's block
// puts both in one P's heap, run in deadline order).
package main

import (
	"fmt"
	"time"
)

func race(da, db time.Duration) string {
	a := time.After(da)
	b := time.After(db)
	select {
	case <-a:
		return "a"
	case <-b:
		return "b"
	}
}

func main() {
	const d = 5 * time.Millisecond
	fmt.Println(race(d+50*time.Microsecond, d))
	fmt.Println(race(d, d+50*time.Microsecond))
	fmt.Println(race(d+200*time.Microsecond, d))
}
