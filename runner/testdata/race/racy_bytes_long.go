// Races on long byte slices, whose range accesses (string(b), copy) the
// detector keeps a 64-byte chunk at a time when one access covers it whole
// (vm/race.go, raceBytePage): a single byte written inside a chunk another
// goroutine read whole, a range write over bytes another goroutine read
// whole, a read ordered after the chunk's last access (no race) followed by
// a racing one, and a range that begins and ends inside chunks.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	b := make([]byte, 4096)
	var s string
	go func() { s = string(b) }() // every byte read by the goroutine
	time.Sleep(10 * time.Millisecond)
	b[1000] = 1

	c := make([]byte, 1024)
	go func() { _ = string(c) }()
	time.Sleep(10 * time.Millisecond)
	copy(c[100:900], "xyz") // writes 3 bytes inside the read range
	copy(c[200:], b[:300])  // a range write over 300 bytes the goroutine read

	d := make([]byte, 2048)
	var mu sync.Mutex
	done := make(chan bool)
	go func() {
		mu.Lock()
		_ = string(d) // read whole
		mu.Unlock()
		done <- true
	}()
	<-done
	mu.Lock()
	d[70] = 1 // ordered after the read: no race
	mu.Unlock()
	go func() { _ = string(d[5:1500]) }() // starts and ends inside chunks
	time.Sleep(10 * time.Millisecond)
	d[1499] = 2
	d[1500] = 3 // outside the range: no race
	fmt.Println(len(s), c[100], c[200], d[70])
}
