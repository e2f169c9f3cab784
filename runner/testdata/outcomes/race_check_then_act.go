// Lazy initialisation without a lock: both goroutines may see the flag
// unset and initialise twice.
// outcomes: dfs-runs=300 random=30 pct=30
package main

import (
	"fmt"
	"sync"
)

type config struct {
	ready bool
	inits int
}

var cfg config

func work() int {
	s := 0
	for j := 0; j < 50000; j++ {
		s += j
	}
	return s >> 62
}

func setup(wg *sync.WaitGroup, n *int) {
	defer wg.Done()
	if !cfg.ready {
		*n = 1 + work()
		cfg.ready = true
	}
}

func main() {
	var wg sync.WaitGroup
	var a, b int
	wg.Add(2)
	go setup(&wg, &a)
	go setup(&wg, &b)
	wg.Wait()
	fmt.Println("initialised", a+b, "times")
}
