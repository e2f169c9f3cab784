// A binary search tree built from pointers and recursive closures.
package main

import "fmt"

func main() {
	type Tree struct {
		L, R *Tree
		V    int
	}
	var insert func(t *Tree, v int) *Tree
	insert = func(t *Tree, v int) *Tree {
		if t == nil {
			return &Tree{V: v}
		}
		if v < t.V {
			t.L = insert(t.L, v)
		} else {
			t.R = insert(t.R, v)
		}
		return t
	}
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = insert(root, v)
	}
	var walk func(t *Tree)
	walk = func(t *Tree) {
		if t != nil {
			walk(t.L)
			fmt.Print(t.V, " ")
			walk(t.R)
		}
	}
	walk(root)
	fmt.Println()
}
