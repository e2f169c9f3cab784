package main

import (
	"fmt"
	"sync"
)

type flags struct {
	a, b, c, d bool
	x, y       int8
	h          [4]uint8
}

// Goroutines store to distinct adjacent bytes: Go's stores are byte-wide,
// so no store may lose another's.
func main() {
	var f flags
	var wg sync.WaitGroup
	wg.Add(4)
	go func() { defer wg.Done(); f.a = true; f.x = 1; f.h[0] = 1 }()
	go func() { defer wg.Done(); f.b = true; f.y = 2; f.h[1] = 2 }()
	go func() { defer wg.Done(); f.c = true; f.h[2] = 3 }()
	go func() { defer wg.Done(); f.d = true; f.h[3] = 4 }()
	wg.Wait()
	fmt.Println(f)
}
