// Two goroutines append to one strings.Builder: WriteString loads b.buf,
// appends and stores it back, so a write can be lost.
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
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for range 40 {
				b.WriteString("ab")
			}
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println(b.Len() == 160)
}
