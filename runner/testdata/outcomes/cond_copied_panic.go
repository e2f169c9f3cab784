// A Cond copied after its first use: the copy's checker holds the
// original's address, so using the copy panics "sync.Cond is copied".
// Copying an unused Cond is fine.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fresh := sync.Cond{L: &mu}
	c1 := fresh
	c1.Signal()
	fmt.Println("unused copy ok")
	used := sync.NewCond(&mu)
	used.Broadcast()
	c2 := *used
	defer func() { fmt.Println("recovered:", recover()) }()
	c2.Signal()
	fmt.Println("used copy ok")
}
