// Deferred calls run and print to stdout before the panic message reaches stderr.
package main

import (
	"fmt"
	"os"
)

func step(n int) {
	defer fmt.Println("step", n, "deferred")
	if n == 3 {
		fmt.Fprintln(os.Stderr, "stderr: about to panic")
		panic(fmt.Sprintf("failed at step %d", n))
	}
	fmt.Println("step", n, "ok")
	step(n + 1)
}

func main() {
	defer fmt.Println("main deferred 1")
	defer func() {
		fmt.Println("main deferred 2 sees no recover call")
	}()
	step(1)
}
