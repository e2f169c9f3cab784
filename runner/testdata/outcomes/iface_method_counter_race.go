// A lost update through an interface method call: two goroutines call
// Inc on one Counter held in an interface.
// outcomes: dfs-runs=300 random=30 pct=30
package main

import (
	"fmt"
	"sync"
)

type Counter interface{ Add(int) }

type plain struct{ n int }

func (p *plain) Add(d int) {
	s := p.n
	for j := 0; j < 50000; j++ {
		s += j & 1
	}
	p.n = s - 25000 + d
}

func main() {
	impl := &plain{}
	var c Counter = impl
	var wg sync.WaitGroup
	for _, d := range []int{1, 2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Add(d)
		}()
	}
	wg.Wait()
	fmt.Println(impl.n)
}
