// A producer and a consumer share a two-slot buffer guarded by a mutex and
// two Conds. The consumer always prints the items in order; only the
// producer's "full" notices depend on the schedule.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	notFull := sync.NewCond(&mu)
	notEmpty := sync.NewCond(&mu)
	var buf []int
	done := make(chan bool)
	go func() {
		for i := 1; i <= 4; i++ {
			mu.Lock()
			for len(buf) == 2 {
				notFull.Wait()
			}
			buf = append(buf, i)
			notEmpty.Signal()
			mu.Unlock()
		}
	}()
	go func() {
		for n := 0; n < 4; n++ {
			mu.Lock()
			for len(buf) == 0 {
				notEmpty.Wait()
			}
			v := buf[0]
			buf = buf[1:]
			notFull.Signal()
			mu.Unlock()
			fmt.Print(v, " ")
		}
		fmt.Println()
		done <- true
	}()
	<-done
}
