// Two goroutines write to one bytes.Buffer: WriteByte reslices b.buf and
// stores into it, so bytes can be lost, and a stale store of the header
// can even shrink it under the other writer's index.
// outcomes: dfs-runs=300 random=100 pct=100 min-reached=2
package main

import (
	"bytes"
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var b bytes.Buffer
	var wg sync.WaitGroup
	var crashed atomic.Bool
	start := make(chan struct{})
	for _, c := range []byte("xy") {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if recover() != nil {
					crashed.Store(true)
				}
			}()
			<-start
			for range 100 {
				b.WriteByte(c)
			}
		}()
	}
	close(start)
	wg.Wait()
	s := b.String()
	fmt.Println(crashed.Load(), len(s) == 200 && bytes.Count([]byte(s), []byte("x")) == 100)
}
