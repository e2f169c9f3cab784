// A blocked send of a slice element of struct type: gc sends from &s[0]
// (bounds checked at the statement), and the receiver copies the whole
// struct written there while the sender waited.
package main

import (
	"fmt"
	"time"
)

type point struct{ x, y int }

func main() {
	ch := make(chan point)
	s := []point{{1, 2}}
	go func() { ch <- s[0] }()
	time.Sleep(time.Millisecond)
	s[0] = point{3, 4}
	fmt.Println(<-ch)
}
