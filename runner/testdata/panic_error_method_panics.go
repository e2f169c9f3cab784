// An Error method that panics while the runtime prints the panic value.
package main

type E struct{}

func (E) Error() string { panic("important") }

func main() {
	panic(E{})
}
