// Two goroutines push onto one container/list: PushBack's l.len++ and
// the links are plain fields inside the standard library.
// outcomes: dfs-runs=100 random=40 pct=40 min-reached=2
package main

import (
	"container/list"
	"fmt"
	"sync"
)

func main() {
	l := list.New()
	var wg sync.WaitGroup
	start := make(chan struct{})
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for i := range 200 {
				l.PushBack(i)
			}
		}()
	}
	close(start)
	wg.Wait()
	n := 0
	for e := l.Front(); e != nil && n < 1000; e = e.Next() {
		n++
	}
	fmt.Println(l.Len() == 400, n == 400)
}
