// Asserting an error interface to the wrong concrete error type.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Timeout struct{ Secs int }

func (e *Timeout) Error() string { return fmt.Sprintf("timeout after %ds", e.Secs) }

func fetch(k string) error {
	if k == "slow" {
		return &Timeout{3}
	}
	return NotFound{k}
}

func main() {
	for _, k := range []string{"slow", "x"} {
		err := fetch(k)
		var t *Timeout
		fmt.Println(k, "->", err, "timeout?", errors.As(err, &t))
		to := err.(*Timeout)
		fmt.Println("timeout seconds:", to.Secs)
	}
}
