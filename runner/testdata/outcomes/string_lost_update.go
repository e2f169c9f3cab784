// A lost update of a plain string variable: two goroutines append to one
// shared string (s = slow(s) + part).
// outcomes: dfs-runs=300 random=30 pct=30
package main

import (
	"fmt"
	"sync"
)

var s = "x"

func slow(v string) string {
	n := 0
	for j := 0; j < 50000; j++ {
		n += j & 1
	}
	if n != 25000 {
		return "?"
	}
	return v
}

func main() {
	var wg sync.WaitGroup
	for _, part := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s = slow(s) + part
		}()
	}
	wg.Wait()
	fmt.Println(s)
}
