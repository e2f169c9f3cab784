// os.Exit(0) from a nested call also skips deferred calls.
package main

import (
	"fmt"
	"os"
)

func finish(code int) {
	fmt.Println("finishing with", code)
	os.Exit(code)
}

func main() {
	defer fmt.Println("deferred (never printed)")
	for i := range 3 {
		fmt.Println("step", i)
		if i == 1 {
			finish(0)
		}
	}
}
