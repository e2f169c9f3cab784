// Four workers wake each other through unbuffered channels and yield with
// runtime.Gosched. At GOMAXPROCS=1 Go runs them in one order every time:
// a go statement and a wake put the goroutine in runnext (the one there
// moves to the tail of the local run queue), the P takes runnext, then
// its local queue in order, then the global queue, where Gosched puts
// the caller. The order below is the one real Go printed (200 of 200 runs
// at GOMAXPROCS=1 when this program was written). dfs's first schedule
// follows that run queue (ChoicePoint.Natural); before, dfs picked the
// lowest goroutine at every free choice and reached the order in none of
// 5,000 schedules, and neither did 5,000 random or PCT ones.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

var (
	n     atomic.Int32
	order [12]int
	wg    sync.WaitGroup
)

func note(g int) { order[n.Add(1)-1] = g }

func main() {
	var ready [4]chan struct{}
	for i := range ready {
		ready[i] = make(chan struct{})
	}
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ready[i]
			for r := range 3 {
				note(i)
				if r == 0 && i+1 < 4 {
					ready[i+1] <- struct{}{} // wakes worker i+1 if it waits
				}
				runtime.Gosched()
			}
		}()
	}
	ready[0] <- struct{}{}
	wg.Wait()
	fmt.Println("one-P order:", fmt.Sprint(order) == "[0 1 2 3 0 2 3 1 0 2 3 1]")
}
