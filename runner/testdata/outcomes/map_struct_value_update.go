// A map of structs: one goroutine replaces a whole struct value while
// main reads a field of it; each access is a map operation (a read, or a
// write with its window), so main sees the old or the new struct, never a
// mix, or Go detects the concurrent read and write.
package main

import "fmt"

type point struct{ X, Y int }

func main() {
	m := map[string]point{"p": {1, 1}}
	done := make(chan bool)
	go func() {
		m["p"] = point{2, 2}
		done <- true
	}()
	p := m["p"]
	<-done
	fmt.Println(p.X, p.Y, m["p"].X)
}
