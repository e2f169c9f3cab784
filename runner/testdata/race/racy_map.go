// A goroutine writes a map that main then reads without synchronisation:
// one race on the map itself and one on the entry's value.
package main

import "time"

func main() {
	m := map[string]int{}
	go func() {
		m["a"] = 1
	}()
	time.Sleep(10 * time.Millisecond)
	println("a =", m["a"])
}
