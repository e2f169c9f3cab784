// Two goroutines print into one strings.Builder with fmt.Fprintf: the
// Builder's append inside fmt's call can lose a write.
// outcomes: dfs-runs=300 random=100 pct=100 min-reached=2
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var b strings.Builder
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for range 40 {
				fmt.Fprintf(&b, "%d", i)
			}
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println(b.Len() == 80)
}
