// Two goroutines call os.Exit(1) and os.Exit(2) while main blocks
// forever: the process exits with the code of whichever runs first.
// outcomes: min-reached=2
package main

import (
	"os"
)

func main() {
	go func() { os.Exit(1) }()
	go func() { os.Exit(2) }()
	select {}
}
