// main puts one item (its P's private slot) and waits for a goroutine
// that gets from the pool: the goroutine gets the item when it runs on
// main's P after main blocked, and makes a new one when it runs on another
// P while main still holds its P.
package main

import (
	"fmt"
	"sync"
)

func main() {
	made := 0
	p := sync.Pool{New: func() any { made++; return "new" }}
	p.Put("seed")
	got := make(chan any)
	go func() { got <- p.Get() }()
	fmt.Println(<-got)
}
