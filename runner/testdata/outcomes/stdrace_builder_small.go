// Two goroutines each write once to one strings.Builder: both orders, and
// (as stdrace_builder shows real Go doing with more writes) a lost write,
// since WriteString loads b.buf, appends, and stores it back.
// outcomes: min-reached=3
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
	fmt.Println(b.String())
}
