// The classic sync.Pool demo, smaller: 300 goroutines each Get a
// buffer and Put it back, and the pool's New counts what it made. Go keeps
// items per P and a goroutine runs from Get to Put without a preemption,
// so the four seeded buffers serve everyone.
// outcomes: dfs-runs=5 random=20 pct=5
package main

import (
	"fmt"
	"sync"
)

func main() {
	var created int
	pool := &sync.Pool{New: func() any {
		created++
		mem := make([]byte, 1024)
		return &mem
	}}
	for range 4 {
		pool.Put(pool.New())
	}
	var wg sync.WaitGroup
	const workers = 300
	wg.Add(workers)
	for range workers {
		go func() {
			defer wg.Done()
			mem := pool.Get().(*[]byte)
			defer pool.Put(mem)
		}()
	}
	wg.Wait()
	fmt.Println(created, "buffers were created")
}
