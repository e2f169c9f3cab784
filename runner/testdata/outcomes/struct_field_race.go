// Two goroutines write different fields of one struct (no race) and a third
// reads both without synchronization (a race).
package main

import (
	"fmt"
	"sync"
)

type pair struct{ x, y int }

func main() {
	var p pair
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); p.x = 1 }()
	go func() { defer wg.Done(); p.y = 2 }()
	fmt.Println(p.x + p.y)
	wg.Wait()
	fmt.Println(p.x + p.y)
}
