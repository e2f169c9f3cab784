package runner

import (
	"sort"
	"strings"
	"testing"
)

// TestPrintlnWritesPieces: the builtin println is the writes gc's walkPrint
// lays out (runtime/print.go performs each with a write of its own): each
// argument, and every run of constant strings joined with the separating
// spaces and the newline; an empty string writes nothing, a negative number
// is one write. An os.Exit in another goroutine can land between any two,
// so dfs reaches every cut and no other (a variable holding a constant
// is a variable to gc, however SSA folds it). Two printlns hold the print lock
// from their first write to their last, so their lines never mix.
func TestPrintlnWritesPieces(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string // stderr of each outcome, sorted
	}{
		{"os.Exit cuts between writes", `package main

import "os"

func main() {
	s := ""
	go func() { os.Exit(3) }()
	println("b0", 8, "x", s, -5, "y")
	select {}
}
`, []string{"", "b0 ", "b0 8", "b0 8 x ", "b0 8 x  ", "b0 8 x  -5", "b0 8 x  -5 y\n"}},
		{"named constants join", `package main

import "os"

const sep = "-"

func main() {
	go func() { os.Exit(3) }()
	println(sep, "x", sep)
	select {}
}
`, []string{"", "- x -\n"}},
		{"print lock keeps lines whole", `package main

import "sync"

func main() {
	var wg sync.WaitGroup
	for _, s := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			println(s, 1, s)
		}()
	}
	wg.Wait()
}
`, []string{"a 1 a\nb 1 b\n", "b 1 b\na 1 a\n"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := compileT(t, c.src)
			res := p.Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 5000, PreemptionBound: 3})
			if !res.Exhausted {
				t.Fatalf("not exhausted: %s", res.Verdict)
			}
			var seen []string
			for _, o := range res.Outcomes {
				seen = append(seen, o.Stderr)
			}
			sort.Strings(seen)
			if strings.Join(seen, "|") != strings.Join(c.want, "|") {
				t.Errorf("dfs reached %q, want %q (%s)", seen, c.want, res.Verdict)
			}
		})
	}
}
