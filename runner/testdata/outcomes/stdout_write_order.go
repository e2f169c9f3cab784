// os.Stdout.Write and WriteString from two goroutines and main: the lines
// appear in the order the writes were made.
//
// outcomes: min-reached=2
package main

import (
	"os"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); os.Stdout.Write([]byte("bytes\n")) }()
	go func() { defer wg.Done(); os.Stdout.WriteString("string\n") }()
	wg.Wait()
}
