// A child context's Done closes when its parent is cancelled by another
// goroutine; a poll of the child before that sees it open.
package main

import (
	"context"
	"fmt"
)

func main() {
	parent, cancel := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	go cancel()
	select {
	case <-child.Done():
		fmt.Println("child already done:", child.Err())
	default:
		fmt.Println("child still open")
	}
	<-child.Done()
	fmt.Println(child.Err(), context.Cause(child))
}
