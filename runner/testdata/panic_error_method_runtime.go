// An Error method that raises a runtime error while the panic value prints.
package main

type E struct{}

func (E) Error() string { var m map[int]int; m[0] = 1; return "" }

func main() {
	panic(E{})
}
