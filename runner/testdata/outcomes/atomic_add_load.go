// Two adders and a reader: the reader sees 0, 1, 2 or 3 depending on order.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); n.Add(1) }()
	go func() { defer wg.Done(); n.Add(2) }()
	fmt.Println("seen", n.Load())
	wg.Wait()
	fmt.Println("final", n.Load())
}
