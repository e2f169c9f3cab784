package runner

import (
	"strings"
	"testing"
)

// TestReflectMapExplanationLines: a map operation made through reflect is
// explained at the user's call, not at the intrinsic's line inside
// reflect (which is 0: the explanation said "at prog.go:0"), and names the
// map given to reflect.ValueOf.
func TestReflectMapExplanationLines(t *testing.T) {
	const head = `package main

import (
	"fmt"
	"reflect"
)

func main() {
	m := map[string]int{"a": 1}
	done := make(chan bool)
	go func() {
		reflect.ValueOf(m).SetMapIndex(reflect.ValueOf("b"), reflect.ValueOf(2))
		done <- true
	}()
`
	// want lists the acceptable explanations, separated by "|": two writers
	// crash in either order, and which one dfs meets first depends on how
	// many steps the crash's print takes, not on what this test checks.
	for _, c := range []struct{ name, body, want string }{
		{"iterate", `	it := reflect.ValueOf(m).MapRange()
	for it.Next() {
		fmt.Println(it.Key())
	}
	<-done
}
`, "goroutine 1 iterated over `m` at prog.go:16 while goroutine 2 was writing it at prog.go:12"},
		{"read", `	fmt.Println(reflect.ValueOf(m).MapIndex(reflect.ValueOf("a")))
	<-done
}
`, "goroutine 1 read `m` at prog.go:15 while goroutine 2 was writing it at prog.go:12"},
		{"write", `	reflect.ValueOf(m).SetMapIndex(reflect.ValueOf("c"), reflect.ValueOf(3))
	<-done
	fmt.Println(len(m))
}
`, "goroutine 2 wrote `m` at prog.go:12 while goroutine 1 was writing it at prog.go:15|goroutine 1 wrote `m` at prog.go:15 while goroutine 2 was writing it at prog.go:12"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := compileT(t, head+c.body)
			res := p.Explore(ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 2, StopAtFirst: true})
			f := res.FirstFailure
			if f == nil {
				t.Fatalf("no failure: %s", res.Verdict)
			}
			said := false
			for _, w := range strings.Split(c.want, "|") {
				said = said || strings.Contains(f.Explanation, w)
			}
			if !said || strings.Contains(f.Explanation, "prog.go:0") {
				t.Errorf("explanation %q, want it to say %q", f.Explanation, c.want)
			}
		})
	}
}
