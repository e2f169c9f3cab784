// context.WithoutCancel: the detached child is never cancelled by its
// parent, while a normal child is. A goroutine polls both while main
// cancels the parent.
package main

import (
	"context"
	"fmt"
)

func main() {
	parent, cancel := context.WithCancel(context.Background())
	detached := context.WithoutCancel(parent)
	child, stop := context.WithCancel(parent)
	defer stop()
	out := make(chan string)
	go func() {
		out <- fmt.Sprint(child.Err() != nil, detached.Err())
	}()
	cancel()
	fmt.Println(<-out)
}
