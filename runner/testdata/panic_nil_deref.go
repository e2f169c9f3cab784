// Dereferencing a nil pointer: the first stderr line is what matters; real Go
// also prints a [signal SIGSEGV ...] line after it.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func sum(n *Node) int {
	total := 0
	for i := 0; i < 4; i++ {
		fmt.Println("visiting node with value", n.Val)
		total += n.Val
		n = n.Next
	}
	return total
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println("list built")
	fmt.Println("sum:", sum(list))
}
