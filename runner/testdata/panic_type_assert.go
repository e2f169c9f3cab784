// A failed type assertion to a concrete type panics with an interface conversion error.
package main

import "fmt"

func describe(v any) string {
	if s, ok := v.(string); ok {
		return "string " + s
	}
	return fmt.Sprintf("not a string: %T", v)
}

func main() {
	vals := []any{"a", 1, 2.5, nil, []int{1}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	for i, v := range vals {
		fmt.Println("asserting element", i)
		s := v.(string)
		fmt.Println("got", s)
	}
}
