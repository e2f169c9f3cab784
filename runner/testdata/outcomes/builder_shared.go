// A strings.Builder written by two goroutines without a lock: the data
// race inside WriteString (read len, grow, copy, store the header) can
// lose a write or panic; under a lucky schedule both strings survive.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var b strings.Builder
	var wg sync.WaitGroup
	for _, s := range []string{"ab", "cd"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.WriteString(s)
		}()
	}
	wg.Wait()
	fmt.Println(b.Len())
}
