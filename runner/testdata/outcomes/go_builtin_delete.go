// `go delete(m, "k")` racing with main's read after some work: main sees
// the key, not, or the fatal concurrent read and write.
//
// outcomes: min-reached=2
package main

import "fmt"

func main() {
	m := map[string]int{"k": 1, "j": 2}
	go delete(m, "k")
	s := 0
	for j := 0; j < 200000; j++ {
		s += j & 1
	}
	_, ok := m["k"]
	fmt.Println(ok, s > 0)
}
