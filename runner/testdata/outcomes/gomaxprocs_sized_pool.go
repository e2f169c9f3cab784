// A pool sized by runtime.GOMAXPROCS(0), as worker pools often are: real Go
// runs one worker under GOMAXPROCS=1 and two by default on the oracle's
// 2-core machine. The setting a run starts with is a choice the exploration
// makes (vm.ChooseProcs), so both pool sizes are reached; NumCPU is the
// virtual machine's 2.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	n := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	out := make([]int, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(out, runtime.NumCPU())
}
