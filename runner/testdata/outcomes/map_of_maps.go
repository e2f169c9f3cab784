// A map of maps: a goroutine creates an inner map and writes into it under
// a lock; main looks the inner value up under the same lock before or after.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	outer := map[string]map[string]int{}
	done := make(chan bool)
	go func() {
		mu.Lock()
		inner, ok := outer["a"]
		if !ok {
			inner = map[string]int{}
			outer["a"] = inner
		}
		inner["x"]++
		mu.Unlock()
		done <- true
	}()
	mu.Lock()
	before := outer["a"]["x"]
	if outer["b"] == nil {
		outer["b"] = map[string]int{"y": 1}
	}
	mu.Unlock()
	<-done
	fmt.Println(before, outer["a"]["x"], len(outer))
}
