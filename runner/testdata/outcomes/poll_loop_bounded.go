package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

var a atomic.Int64

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Store(1)
		fmt.Println("g3 stored")
	}()
	go func() {
		defer wg.Done()
		s := int64(0)
		for range 20 {
			s += a.Load()
		}
		runtime.Gosched()
		fmt.Println("g1 sum", s)
	}()
	wg.Wait()
}
