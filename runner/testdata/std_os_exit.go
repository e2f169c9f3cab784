// os.Exit ends the program at once with a status code; deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func cleanup() { fmt.Println("cleanup (never printed)") }

func main() {
	defer cleanup()
	fmt.Println("len(os.Args) =", len(os.Args))
	for i := 0; i < 3; i++ {
		fmt.Println("working", i)
	}
	fmt.Fprintln(os.Stderr, "about to exit with status 3")
	if len(os.Args) > 0 {
		os.Exit(3)
	}
	fmt.Println("unreachable")
}
