// Built against dfs's dependence relation (TestReductionKeepsOutcomes).
// Main locks mu once; A and B each Unlock it after a gate, so the second
// Unlock is "fatal error: sync: unlock of unlocked mutex", which ends the
// process in its step; main prints x. Which of the fatal Unlock and main's
// print comes first decides whether x was printed before the end. When
// only a failing Unlock was dependent with everything (session 12), the
// reduced search reversed its race with the first Unlock (its latest
// dependent step), in the reversed run it no longer failed, and at bounds
// 2 and 3 the end before main's print was never tried (plain dfs: both).
// Every Unlock touches everything now (vm/sync.go).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	gate := make(chan bool)
	done := make(chan bool)
	for range 2 {
		go func() {
			<-gate
			mu.Unlock()
			done <- true
		}()
	}
	close(gate)
	fmt.Println("x")
	<-done
	<-done
}
