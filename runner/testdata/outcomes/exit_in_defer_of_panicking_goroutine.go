// A goroutine panics and its deferred os.Exit(4) runs before the panic is
// printed: the process exits 4 with nothing on stderr, after main printed
// none, one or both of its lines.
// outcomes: min-reached=2
package main

import (
	"fmt"
	"os"
)

func main() {
	go func() {
		defer os.Exit(4)
		panic("boom")
	}()
	fmt.Println("m1")
	fmt.Println("m2")
	select {}
}
