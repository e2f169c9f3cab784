// Ranging over a map that a goroutine writes: the iteration reads the map.
package main

import "time"

func main() {
	m := map[int]string{1: "one"}
	go func() {
		m[2] = "two"
	}()
	time.Sleep(10 * time.Millisecond)
	n := 0
	for range m {
		n++
	}
	println("entries:", n)
}
