// Three goroutines that each log their number and call runtime.Gosched:
// Gosched puts the caller at the back of the run queue, so at GOMAXPROCS=1
// they take turns (3 1 2 3 1 2 …: the goroutine started last runs
// first). A switch at a Gosched is a yield, not a preemption: dfs under
// its bound must reach the turns, which need a switch at every Gosched.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var (
	mu    sync.Mutex
	order []int
	wg    sync.WaitGroup
)

func note(g int) {
	mu.Lock()
	order = append(order, g)
	mu.Unlock()
}

func main() {
	for g := 1; g <= 3; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 4 {
				note(g)
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	turns := order[0] != order[1] && order[1] != order[2] && order[0] != order[2]
	for i := 3; i < len(order); i++ {
		if order[i] != order[i-3] {
			turns = false
		}
	}
	fmt.Println("took turns:", turns)
}
