// Requests carry their own reply channel: a server goroutine answers them
// in arrival order, and two clients' requests arrive in either order.
// outcomes: dfs-runs=1000
package main

import (
	"fmt"
	"sync"
)

type request struct {
	n     int
	reply chan int
}

func main() {
	reqs := make(chan request)
	go func() {
		seq := 0
		for r := range reqs {
			seq++
			r.reply <- r.n*10 + seq
		}
	}()
	var wg sync.WaitGroup
	res := make([]int, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := request{n: i + 1, reply: make(chan int)}
			reqs <- r
			res[i] = <-r.reply
		}()
	}
	wg.Wait()
	close(reqs)
	fmt.Println(res)
}
