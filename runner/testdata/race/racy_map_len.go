// len of a map a goroutine adds a key to: gc reads the map's count in the
// caller's code, a read -race reports against the assignment.
package main

import "time"

func main() {
	m := map[int]int{1: 1}
	go func() {
		m[2] = 2
	}()
	time.Sleep(10 * time.Millisecond)
	println(len(m))
}
