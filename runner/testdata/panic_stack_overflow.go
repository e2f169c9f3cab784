// Unbounded recursion exhausts the goroutine stack: a fatal error, not a panic.
package main

import "fmt"

type Tree struct {
	Left  *Tree
	Value int
}

func depth(t *Tree) int {
	if t == nil {
		return 0
	}
	return 1 + depth(t.Left)
}

func forever(n int) int {
	return forever(n+1) + 1
}

func main() {
	var t *Tree
	for i := 0; i < 5; i++ {
		t = &Tree{t, i}
	}
	fmt.Println("depth:", depth(t))
	fmt.Println("now recursing without end")
	fmt.Println(forever(0))
}
