// Two goroutines try to install their config with CompareAndSwap(nil, …);
// exactly one wins, and both agree on the one installed.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct{ name string }

func main() {
	var p atomic.Pointer[config]
	var wg sync.WaitGroup
	res := make([]string, 2)
	for i, name := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			won := p.CompareAndSwap(nil, &config{name})
			res[i] = fmt.Sprint(name, won, p.Load().name)
		}()
	}
	wg.Wait()
	fmt.Println(res)
}
