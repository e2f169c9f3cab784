// A buffered channel holding two values is closed; two receivers each
// receive twice: the two values go to whoever comes first, the rest see
// the zero value and ok=false.
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	var wg sync.WaitGroup
	res := make([]string, 2)
	for i := range 2 {
		wg.Go(func() {
			v1, ok1 := <-ch
			v2, ok2 := <-ch
			res[i] = fmt.Sprint(v1, ok1, v2, ok2)
		})
	}
	wg.Wait()
	fmt.Println(res[0], "|", res[1])
}
