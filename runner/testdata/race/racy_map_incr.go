// m[k]++ from two goroutines: under -race it is a read then a write of the
// map, so the second one's read is reported.
package main

import "time"

func main() {
	m := map[int]int{}
	go func() {
		m[1]++
	}()
	time.Sleep(10 * time.Millisecond)
	m[1]++
	println("m[1] =", m[1])
}
