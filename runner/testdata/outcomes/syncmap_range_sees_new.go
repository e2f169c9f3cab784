// sync.Map.Range while another goroutine stores new keys: Range is not a
// snapshot, so a key stored during it may or may not be visited; one stored
// before Range starts always is.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	m.Store(1, true)
	m.Store(2, true)
	done := make(chan bool)
	go func() {
		m.Store(3, true)
		done <- true
	}()
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	<-done
	sort.Ints(keys)
	fmt.Println(keys)
}
