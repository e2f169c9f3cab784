package main

import (
	"fmt"
	"os"
)

func exploreCmd(args []string) int {
	fmt.Fprintln(os.Stderr, "interleave explore: not yet available")
	return 1
}
