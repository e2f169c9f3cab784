// Method expressions on sync types: (*sync.Mutex).Lock(&mu) and a stored
// (*sync.WaitGroup).Done called as f(&wg); the workers' order shows.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	lock, unlock := (*sync.Mutex).Lock, (*sync.Mutex).Unlock
	done := (*sync.WaitGroup).Done
	var order []string
	for _, n := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer done(&wg)
			lock(&mu)
			order = append(order, n)
			unlock(&mu)
		}()
	}
	wg.Wait()
	fmt.Println(order)
}
