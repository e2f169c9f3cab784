// Copying a whole struct reads every field: a field written by a goroutine
// races with the copy.
package main

import "time"

type point struct {
	x, y int
	name string
}

func main() {
	p := &point{name: "p"}
	go func() {
		p.y = 2
	}()
	time.Sleep(10 * time.Millisecond)
	q := *p
	println(q.x, q.y, q.name)
}
