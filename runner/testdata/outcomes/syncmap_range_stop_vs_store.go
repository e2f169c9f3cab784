// sync.Map.Range that deletes every key it visits while a goroutine stores
// and then swaps key 2: what Range saw and what is left depend on where the
// goroutine's operations fall in the walk.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store(1, "a")
	m.Store(2, "b")
	done := make(chan string)
	go func() {
		m.Store(3, "c")
		p, loaded := m.Swap(2, "B")
		done <- fmt.Sprint(p, loaded)
	}()
	seen := 0
	m.Range(func(k, v any) bool {
		seen++
		m.Delete(k)
		return true
	})
	r := <-done
	left := 0
	m.Range(func(k, v any) bool { left++; return true })
	fmt.Println(seen, left, r)
}
