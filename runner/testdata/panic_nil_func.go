// Calling a nil function value is a nil pointer dereference.
package main

import "fmt"

type Handlers map[string]func(int) int

func main() {
	h := Handlers{
		"double": func(x int) int { return x * 2 },
		"square": func(x int) int { return x * x },
	}
	for _, name := range []string{"double", "square", "cube"} {
		f := h[name]
		fmt.Println(name, "is nil:", f == nil)
		fmt.Println(name, "of 3 =", f(3))
	}
}
