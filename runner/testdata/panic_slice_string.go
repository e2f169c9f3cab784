// Slicing a string past its length reports the length, not a capacity.
package main

import (
	"fmt"
	"strings"
)

func field(line string, start, end int) string {
	fmt.Printf("field(%q, %d, %d)\n", line, start, end)
	return line[start:end]
}

func main() {
	lines := []string{"alpha beta", "gamma", "de"}
	for _, l := range lines {
		sp := strings.IndexByte(l, ' ')
		fmt.Println("line", l, "space at", sp)
		fmt.Println("first word:", field(l, 0, 5))
	}
}
