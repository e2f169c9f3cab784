// Integer division by zero panics; float division by zero gives Inf.
package main

import "fmt"

func average(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	fmt.Println("total", total, "count", len(xs))
	return total / len(xs)
}

func main() {
	zero := 0.0
	fmt.Println("float:", 1/zero, -1/zero)
	fmt.Println("avg:", average([]int{1, 2, 3, 4}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var z int8
		fmt.Println(int8(5) % z)
	}()
	fmt.Println("avg:", average(nil))
}
