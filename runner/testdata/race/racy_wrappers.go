// go and defer statements that call with arguments run through wrappers gc
// generates (outer.gowrapN, outer.deferwrapN), which the reports show; a
// closure inside a closure is outer.funcN.M.
package main

import (
	"sync"
	"time"
)

type T struct{ n int }

func (t *T) inc(k int) { t.n += k }

func main() {
	t := &T{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		func() {
			t.inc(1)
		}()
	}()
	time.Sleep(10 * time.Millisecond)
	println(t.n)
	go func(k int) {
		defer t.inc(k)
		go t.inc(k)
		time.Sleep(5 * time.Millisecond)
	}(5)
	time.Sleep(20 * time.Millisecond)
	println(t.n)
	wg.Wait()
}
