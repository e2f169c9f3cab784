// Lesson: the first reply of three replicas on an unbuffered channel; the
// two losers block forever (a leak). Which reply wins, and how many
// goroutines are still counted after a Gosched, depend on the schedule.
//
// outcomes: min-reached=3
package main

import (
	"fmt"
	"runtime"
)

func query(replicas []string) string {
	ch := make(chan string)
	for _, r := range replicas {
		go func() { ch <- r }()
	}
	return <-ch
}

func main() {
	fmt.Println(query([]string{"r1", "r2", "r3"}))
	runtime.Gosched()
	fmt.Println("goroutines", runtime.NumGoroutine())
}
