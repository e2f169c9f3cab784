// main puts two items — the first fills its P's private slot, the second
// goes to the shared chain — and then blocks on a goroutine that gets one:
// on main's P it takes the private "a"; on another P, before main blocked,
// it steals the shared "b".
package main

import (
	"fmt"
	"sync"
)

func main() {
	p := sync.Pool{New: func() any { return "new" }}
	p.Put("a")
	p.Put("b")
	got := make(chan any)
	go func() { got <- p.Get() }()
	fmt.Println(<-got, p.Get(), p.Get())
}
