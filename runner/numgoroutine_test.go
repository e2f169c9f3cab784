package runner

import (
	"strings"
	"testing"
)

// A goroutine's exit is a scheduling point in programs that count
// goroutines (runtime.NumGoroutine), and only there: dfs alone reaches
// main's count before and after the sender's exit, whatever the length of
// the sender's tail — none (it runs inside the send's step), a loop
// shorter than a time slice (the same), a loop longer than one (forced
// preemption interrupts it) — and a program that does not count keeps
// its schedule tree.
func TestNumGoroutineSeesExitUnderDFS(t *testing.T) {
	const tmpl = `package main

import (
	"fmt"
	"runtime"
)

var sink int

func main() {
	done := make(chan bool)
	go func() {
		done <- true
		s := 0
		for i := 0; i < TAIL; i++ {
			s += i
		}
		sink = s
	}()
	<-done
	fmt.Println(runtime.NumGoroutine())
}
`
	for _, tail := range []string{"0", "1000", "3500000"} {
		t.Run("tail="+tail, func(t *testing.T) {
			p := compileT(t, strings.Replace(tmpl, "TAIL", tail, 1))
			if got := dfsStdouts(t, p, 2); got != "1\n|2\n" {
				t.Errorf("dfs reached %q, want both 1 and 2", got)
			}
		})
	}
}

// Without a reference to runtime.NumGoroutine nobody can observe a
// goroutine's exit or a go statement: they are no scheduling points, and
// the schedule tree is what it was before exits became visible.
func TestExitInvisibleWithoutNumGoroutine(t *testing.T) {
	const counted = `package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		done <- true
	}()
	<-done
	fmt.Println(COUNT)
}
`
	schedules := func(src string) int {
		p := compileT(t, src)
		res := p.Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 100, PreemptionBound: -1, Workers: 1})
		if !res.Exhausted {
			t.Fatalf("not exhausted: %s", res.Verdict)
		}
		return res.Schedules
	}
	plain := schedules(strings.Replace(strings.Replace(counted, "COUNT", `"done"`, 1), `"runtime"`, "", 1))
	count := schedules(strings.Replace(counted, "COUNT", "runtime.NumGoroutine()", 1))
	if plain != 1 {
		t.Errorf("without NumGoroutine dfs explored %d schedules, want 1: the exit is a scheduling point nobody observes", plain)
	}
	if count <= plain {
		t.Errorf("with NumGoroutine dfs explored %d schedules, no more than without (%d): the exit is no scheduling point", count, plain)
	}
}
