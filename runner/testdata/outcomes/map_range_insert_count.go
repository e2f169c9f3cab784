// Entries created during a range over a map may be produced or skipped
// (the spec's words; in Go it depends on where the new key lands relative
// to the iterator). Each step inserts the next key, so the count of steps
// is any of 1 to 4.
package main

import "fmt"

func main() {
	m := map[int]bool{1: true}
	n := 0
	for k := range m {
		if k < 4 {
			m[k+1] = true
		}
		n++
	}
	fmt.Println(n, len(m))
}
