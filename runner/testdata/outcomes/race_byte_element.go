// Goroutines count into the same byte of a []byte, and set neighbouring
// bools of a []bool through element pointers: the byte loses an update,
// the bools never interfere (compact byte storage, vm/bytes.go).
// outcomes: dfs-runs=300 random=30 pct=30
package main

import (
	"fmt"
	"sync"
)

// work returns v after keeping the goroutine busy a while: real Go, running
// both goroutines at once, then shows the lost update too.
func work(v byte) byte {
	s := int(v)
	for j := 0; j < 50000; j++ {
		s += j & 1
	}
	return byte(s - 25000)
}

func main() {
	hits := make([]byte, 3)
	flags := make([]bool, 2)
	var wg sync.WaitGroup
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := &flags[i]
			hits[2] = work(hits[2]) + 1
			*p = true
		}()
	}
	wg.Wait()
	fmt.Println(hits, flags)
}
