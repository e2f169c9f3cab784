// A delete in one goroutine and a lookup in another.
package main

import "time"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	go func() {
		delete(m, "a")
	}()
	time.Sleep(10 * time.Millisecond)
	v, ok := m["b"]
	println(v, ok)
}
