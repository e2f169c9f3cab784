// starve_mutex_loop after 80 goroutines have come and gone: the run set
// keeps goroutine IDs past 64 in a tree, and the starvation rule
// (fair.go's endWindow) watches those too. In Go main's line is printed
// and the program exits 0, every time.
// outcomes: dfs-bound=1 dfs-runs=40 random=60 pct=60 max-steps=8000000
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 80; i++ {
		wg.Add(1)
		go wg.Done()
	}
	wg.Wait()
	var mu sync.Mutex
	n := 0
	go func() {
		for {
			mu.Lock()
			n++
			mu.Unlock()
		}
	}()
	fmt.Println("main done")
}
