// maps.Clone while a goroutine adds a key: the clone holds the map before
// or after the write; Go's clone checks the map's writing flag once, at its
// start ("concurrent map clone and map write"), and then copies the map's
// memory, so it never fails as an iteration would.
package main

import (
	"fmt"
	"maps"
)

func main() {
	m := map[int]int{1: 10, 2: 20}
	done := make(chan bool)
	go func() {
		m[3] = 30
		done <- true
	}()
	c := maps.Clone(m)
	<-done
	fmt.Println(len(c), len(m))
}
