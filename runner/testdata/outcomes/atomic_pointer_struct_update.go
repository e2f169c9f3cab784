// Copy-on-write config through atomic.Pointer[T]: two goroutines each
// load, copy, change one field and CompareAndSwap in a loop, so neither
// update is lost; the log of versions shows the order.
//
// outcomes: min-reached=2
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type conf struct {
	a, b int
	log  string
}

func main() {
	var p atomic.Pointer[conf]
	p.Store(&conf{})
	var wg sync.WaitGroup
	for _, f := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				old := p.Load()
				c := *old
				if f == "a" {
					c.a++
				} else {
					c.b++
				}
				c.log += f
				if p.CompareAndSwap(old, &c) {
					return
				}
			}
		}()
	}
	wg.Wait()
	c := p.Load()
	fmt.Println(c.a, c.b, c.log)
}
