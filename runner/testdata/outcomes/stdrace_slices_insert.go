// Two goroutines insert into one slice with slices.Insert through a
// pointer: the header is read and written by the program, the elements
// are moved inside the standard library; inserts can be lost.
// outcomes: dfs-runs=300 random=100 pct=100 min-reached=2
package main

import (
	"fmt"
	"slices"
	"sync"
)

func main() {
	s := make([]int, 0, 200)
	p := &s
	var wg sync.WaitGroup
	start := make(chan struct{})
	for g := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for i := range 40 {
				*p = slices.Insert(*p, 0, g*100+i)
			}
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println(len(s) == 80)
}
