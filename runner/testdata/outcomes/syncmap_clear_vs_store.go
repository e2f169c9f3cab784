// sync.Map.Clear (Go 1.23) in a goroutine while main stores a key and reads
// it back: the read finds the key unless the Clear fell between.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("old", 0)
	done := make(chan bool)
	go func() {
		m.Clear()
		done <- true
	}()
	m.Store("k", 1)
	_, ok := m.Load("k")
	<-done
	_, old := m.Load("old")
	fmt.Println(ok, old)
}
