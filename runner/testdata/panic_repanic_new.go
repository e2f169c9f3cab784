// Recovering and then panicking with a different value: the first panic is
// shown as [recovered] and the new one follows on its own line.
package main

import (
	"errors"
	"fmt"
)

var ErrInternal = errors.New("internal error")

func handle(req string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("handler caught:", r)
			panic(fmt.Errorf("request %q failed: %w", req, ErrInternal))
		}
	}()
	fmt.Println("handling", req)
	var m map[string]int
	m[req]++
}

func main() {
	handle("GET /")
}
