package runner

import (
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestDFSExploresWhatTheEndDecides: the step that ends the program (main's
// return, os.Exit in main, a fatal panic) disables every goroutine that
// could have run instead, so exhaustive dfs must also try those goroutines
// first. dfs alone, without random or pct, must reach every result the
// schedule can decide. Real Go (300 runs at GOMAXPROCS=1 and 2 each) showed
// both results of the panic case (17 of 600 print "child"); the others it
// allows but rarely shows (runtime/proc.go may run the child before main's
// print when main is preempted).
func TestDFSExploresWhatTheEndDecides(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string // exit code + stdout of each outcome, sorted
	}{
		{"go in a deferred call", `package main

import "fmt"

func main() {
	defer func() { go fmt.Println("from deferred goroutine") }()
	fmt.Println("main")
}
`, []string{"0 main\n", "0 main\nfrom deferred goroutine\n"}},
		{"go then return", `package main

import "fmt"

func main() {
	go fmt.Println("child")
	fmt.Println("main")
}
`, []string{"0 child\nmain\n", "0 main\n", "0 main\nchild\n"}},
		{"os.Exit in main", `package main

import (
	"fmt"
	"os"
)

func main() {
	go fmt.Println("child")
	fmt.Println("main")
	os.Exit(3)
}
`, []string{"3 child\nmain\n", "3 main\n", "3 main\nchild\n"}},
		{"panic in main", `package main

import "fmt"

func main() {
	go fmt.Println("child")
	panic("main")
}
`, []string{"2 ", "2 child\n"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := compileT(t, c.src)
			res := p.Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 1000, PreemptionBound: 2})
			if !res.Exhausted {
				t.Fatalf("not exhausted: %s", res.Verdict)
			}
			var seen []string
			for _, o := range res.Outcomes {
				seen = append(seen, strconv.Itoa(o.ExitCode)+" "+o.Stdout)
			}
			sort.Strings(seen)
			if strings.Join(seen, "|") != strings.Join(c.want, "|") {
				t.Errorf("dfs reached %q, want %q (%s)", seen, c.want, res.Verdict)
			}
		})
	}
}
