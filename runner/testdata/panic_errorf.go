// panic(fmt.Errorf(...)): the runtime prints the error text, wrapped chain included.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parsePort(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Errorf("config: bad port %q: %w", s, err))
	}
	if n <= 0 || n > 65535 {
		panic(fmt.Sprintf("config: port %d out of range", n))
	}
	return n
}

func main() {
	fmt.Println(parsePort("8080"))
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			err := r.(error)
			fmt.Println("is syntax error:", errors.Is(err, strconv.ErrSyntax))
		}()
		parsePort("80a")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		parsePort("70000")
	}()
	fmt.Println(parsePort("http"))
}
