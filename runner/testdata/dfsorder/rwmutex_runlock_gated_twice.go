// Built against dfs's dependence relation (TestReductionKeepsOutcomes).
// unlock_gated_twice with an RWMutex read-locked once and two RUnlocks:
// the second is "fatal error: sync: RUnlock of unlocked RWMutex". At
// bounds 2 and 3 the reduced search never ended the process before main's
// print until every RUnlock touched everything (vm/rwmutex.go).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	mu.RLock()
	gate := make(chan bool)
	done := make(chan bool)
	for range 2 {
		go func() {
			<-gate
			mu.RUnlock()
			done <- true
		}()
	}
	close(gate)
	fmt.Println("x")
	<-done
	<-done
}
