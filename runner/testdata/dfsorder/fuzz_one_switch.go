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
	c       = make(chan int, 1)
	u       = make(chan int)
	s       = make([]int, 3)
	lg      [4][]string
)

// A generated program (audit9's fuzzer): three goroutines and main mix
// racy stores, a buffered channel, a Mutex, TryLock, an RWMutex, Once and
// a CompareAndSwap. Real Go printed, 3 times in 200 runs, an outcome that
// needs one switch only: main stopped after its len(c), the goroutines run
// to their ends in turn, then main's x++ and receive.
func main() {
	var wg sync.WaitGroup
	wg.Go(func() {
		lg[1] = append(lg[1], fmt.Sprint("s", s[2]))
		select {
		case v := <-c:
			lg[1] = append(lg[1], fmt.Sprint("c", v))
		default:
			lg[1] = append(lg[1], "c-")
		}
		lg[1] = append(lg[1], fmt.Sprint("s", s[2]))
		fmt.Println("g1", 5)
		if mu.TryLock() {
			y++
			mu.Unlock()
			lg[1] = append(lg[1], "T")
		} else {
			lg[1] = append(lg[1], "t")
		}
	})
	wg.Go(func() {
		lg[2] = append(lg[2], fmt.Sprint("s", s[2]))
		x = 3
		c <- 6
		mu.Lock()
		y += 3
		lg[2] = append(lg[2], fmt.Sprint("y", y))
		mu.Unlock()
	})
	wg.Go(func() {
		lg[3] = append(lg[3], fmt.Sprint("cas", a.CompareAndSwap(2, 8)))
		rw.Lock()
		z += 7
		rw.Unlock()
		mu.Lock()
		y += 3
		lg[3] = append(lg[3], fmt.Sprint("y", y))
		mu.Unlock()
		x = 1
		once.Do(func() { lg[3] = append(lg[3], "once") })
	})
	lg[0] = append(lg[0], fmt.Sprint("l", len(c)))
	x++
	select {
	case v := <-c:
		lg[0] = append(lg[0], fmt.Sprint("c", v))
	default:
		lg[0] = append(lg[0], "c-")
	}
	wg.Wait()
	fmt.Println(lg, x, y, z, a.Load(), len(c), s)
}
