package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var (
	x, y, z int
	a       atomic.Int64
	mu      sync.Mutex
	rw      sync.RWMutex
	once    sync.Once
	donce   sync.Once
	d       = make(chan int, 4)
	c       = make(chan int, 1)
	u       = make(chan int)
	s       = make([]int, 3)
	lg      [4][]string
)

// A generated program (audit9's fuzzer) whose failure needs one switch:
// main stopped before its x++ and the first goroutine reading x == 0.
// Real Go panicked in some of 200 runs; a fixed-bound-2 dfs spent its
// 5000 runs elsewhere and said "no failure".
func main() {
	var wg sync.WaitGroup
	wg.Go(func() {
		if x == 0 {
			panic("x0")
		}
		lg[1] = append(lg[1], fmt.Sprint("s", s[0]))
	})
	wg.Go(func() {
		lg[2] = append(lg[2], fmt.Sprint("x", x))
		once.Do(func() { lg[2] = append(lg[2], "once") })
	})
	wg.Go(func() {
		u <- 5
		once.Do(func() { lg[3] = append(lg[3], "once") })
		lg[3] = append(lg[3], fmt.Sprint("cas", a.CompareAndSwap(2, 5)))
		x++
		c <- 5
	})
	x++
	once.Do(func() { lg[0] = append(lg[0], "once") })
	lg[0] = append(lg[0], fmt.Sprint("s", s[1]))
	lg[0] = append(lg[0], fmt.Sprint("u", <-u))
	rw.RLock()
	lg[0] = append(lg[0], fmt.Sprint("r", z))
	rw.RUnlock()
	select {
	case v, ok := <-d:
		lg[0] = append(lg[0], fmt.Sprint("d", v, ok))
	default:
		lg[0] = append(lg[0], "d-")
	}
	wg.Wait()
	fmt.Println(lg, x, y, z, a.Load(), len(c), s)
}
