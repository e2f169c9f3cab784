// sync.Map.Range while another goroutine Deletes and LoadOrStores: Range
// sees each key at most once, and a key deleted before Range reaches it is
// skipped. Printed: the sum of the values Range saw, and what the
// LoadOrStore reported.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	for i := 1; i <= 3; i++ {
		m.Store(i, i*10)
	}
	done := make(chan string)
	go func() {
		m.Delete(2)
		v, loaded := m.LoadOrStore(4, 40)
		done <- fmt.Sprint(v, loaded)
	}()
	sum := 0
	m.Range(func(k, v any) bool {
		sum += v.(int)
		return true
	})
	fmt.Println(sum, <-done)
}
