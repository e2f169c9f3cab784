// The log package serialises its writes: lines from two goroutines never
// mix, and come in either order.
package main

import (
	"log"
	"os"
	"sync"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.SetPrefix("> ")
	var wg sync.WaitGroup
	wg.Go(func() { log.Println("one") })
	wg.Go(func() { log.Printf("two %d", 2) })
	wg.Wait()
}
