// Comparing interfaces that hold uncomparable values panics at run time.
package main

import "fmt"

func main() {
	var a, b any = 1, 1
	fmt.Println(a == b)
	a, b = []int{1}, "x"
	fmt.Println("different dynamic types compare false:", a == b)
	m := map[any]int{}
	m[1] = 1
	m["k"] = 2
	fmt.Println(len(m))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m[[]int{1}] = 3
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var f any = func() {}
		fmt.Println(f == f)
	}()
	x, y := any(map[string]int{}), any(map[string]int{})
	fmt.Println("comparing two maps in interfaces")
	fmt.Println(x == y)
}
