// Two goroutines set flags of one flag.FlagSet: Set creates the map of
// flags set on first use and writes it, all inside the standard library.
// outcomes: dfs-runs=300 random=100 pct=100 min-reached=2
package main

import (
	"flag"
	"fmt"
	"sync"
)

func main() {
	lost := 0
	for range 20 {
		fs := flag.NewFlagSet("x", flag.ContinueOnError)
		fs.Int("a", 0, "")
		fs.Int("b", 0, "")
		var wg sync.WaitGroup
		start := make(chan struct{})
		for _, name := range []string{"a", "b"} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				fs.Set(name, "1")
			}()
		}
		close(start)
		wg.Wait()
		n := 0
		fs.Visit(func(*flag.Flag) { n++ })
		if n != 2 {
			lost++
		}
	}
	fmt.Println(lost > 0)
}
