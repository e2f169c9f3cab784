// panic with a value of a named non-error, non-Stringer type prints its type.
package main

import "fmt"

type ExitCode int

type Reason string

func main() {
	codes := []ExitCode{0, 1, 5}
	for _, c := range codes {
		fmt.Printf("code %d (%T)\n", c, c)
	}
	var r Reason = "bad input"
	fmt.Println("reason:", r)
	defer fmt.Println("deferred before panic")
	panic(codes[2])
}
