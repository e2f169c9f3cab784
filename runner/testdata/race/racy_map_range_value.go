// A range that uses the values reads each entry's value slot too: besides
// the map itself, it races with the goroutine's write of m["a"].
package main

import "time"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	go func() {
		m["a"] = 10
	}()
	time.Sleep(10 * time.Millisecond)
	sum := 0
	for _, v := range m {
		sum += v
	}
	println(sum)
}
