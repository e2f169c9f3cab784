package runner

import (
	"sort"
	"testing"
)

// outputs explores src and returns the set of stdouts its counted runs printed.
func outputs(t *testing.T, src string, opts ExploreOptions) (map[string]int, *ExploreResult) {
	t.Helper()
	p, err := Compile(src)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	opts.observe = func(r *Result) { seen[r.Stdout]++ }
	res := p.Explore(opts)
	return seen, res
}

func keys(m map[string]int) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

const counterSrc = `package main

import (
	"fmt"
	"sync"
)

var counter int

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter++
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
`

func TestRaceDirectedCounter(t *testing.T) {
	for _, st := range []string{StrategyDFS, StrategyRandom, StrategyPCT} {
		seen, res := outputs(t, counterSrc, ExploreOptions{Strategy: st, Runs: 200, PreemptionBound: -1})
		t.Logf("%s: %v %s", st, seen, res.Verdict)
	}
}
