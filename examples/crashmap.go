//go:build ignore

// crashmap: the article's CrashMap, run from main. One goroutine writes the
// map while another reads it, and nothing keeps them apart. When the two
// overlap, Go's runtime stops the whole program with
//
//	fatal error: concurrent map read and map write
//
// On a real machine the overlap is rare, so this usually finishes quietly.
// Interleave explores the schedules and finds the crash every time.
package main

import (
	"fmt"
	"sync"
)

// CrashMap demonstrates a concurrent map access that triggers a runtime panic.
func CrashMap() {
	data := make(map[string]int)
	var wg sync.WaitGroup

	// Start a goroutine that writes to the map repeatedly.
	wg.Add(1)
	go func() {
		defer wg.Done() // Ensure WaitGroup is decremented when goroutine finishes.
		for i := 0; i < 1000; i++ {
			data["key"] = i // Write happens here.
		}
	}()

	// Start a goroutine that reads from the map repeatedly.
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 1000; i++ {
			_ = data["key"] // Read happens here.
		}
	}()

	wg.Wait() // Wait for both goroutines to finish.
}

func main() {
	CrashMap()
	fmt.Println("finished without a crash (this time)")
}
