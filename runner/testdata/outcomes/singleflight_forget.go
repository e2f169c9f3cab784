// singleflight Forget while a call is in flight: a later Do starts a new
// call instead of joining. The first call blocks until released; whether
// the second Do came before or after the Forget decides the count.
package main

import (
	"fmt"
	"sync"

	"golang.org/x/sync/singleflight"
)

func main() {
	var g singleflight.Group
	release := make(chan struct{})
	started := make(chan struct{})
	var mu sync.Mutex
	calls := 0
	fn := func() (any, error) {
		mu.Lock()
		calls++
		first := calls == 1
		mu.Unlock()
		if first {
			close(started)
			<-release
		}
		return nil, nil
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); g.Do("k", fn) }()
	<-started
	go func() { defer wg.Done(); g.Do("k", fn) }()
	g.Forget("k")
	close(release)
	wg.Wait()
	fmt.Println(calls)
}
