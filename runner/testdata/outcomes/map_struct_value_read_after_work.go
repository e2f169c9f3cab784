// Map with struct values: a goroutine stores m["p"] = point{1, 2} while
// main works and then reads it with comma-ok; main sees it or not.
//
// outcomes: min-reached=2
package main

import "fmt"

type point struct{ x, y int }

func main() {
	m := map[string]point{"o": {}}
	go func() { m["p"] = point{1, 2} }()
	s := 0
	for j := 0; j < 200000; j++ {
		s += j & 3
	}
	v, ok := m["p"]
	fmt.Println(v, ok, s > 0)
}
