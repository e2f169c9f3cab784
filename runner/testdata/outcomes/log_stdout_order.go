// The log package writing to stdout with no flags: two goroutines log one
// line each; the order shows.
//
// outcomes: min-reached=2
package main

import (
	"log"
	"os"
	"sync"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	var wg sync.WaitGroup
	for _, n := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			log.Println("worker", n)
		}()
	}
	wg.Wait()
}
