package runner

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"interleave/examples"
)

// TestDFSNaturalRunFirst: every dfs exploration runs Go's own one-P
// schedule first, exactly once (sched.DFS.FirstNatural), at a fixed bound,
// with iterative bounding, on one worker, split across workers and across
// remotes, and when race-directed exploration restarts the search.
// gosched_run_queue_order prints "one-P order: true" in that schedule
// only (the tree reaches it in none of 5,000), so the first counted
// schedule prints it and no other does. Without the natural run no
// schedule printed it.
func TestDFSNaturalRunFirst(t *testing.T) {
	p := compileFile(t, "testdata/outcomes/gosched_run_queue_order.go")
	// The same program with a data race on a plain counter: the first
	// run's racy accesses restart the search (Restarts), which must not
	// run Go's schedule again.
	b, err := os.ReadFile("testdata/outcomes/gosched_run_queue_order.go")
	if err != nil {
		t.Fatal(err)
	}
	src := strings.Replace(string(b),
		"func note(g int) { order[n.Add(1)-1] = g }",
		"var racy int\n\nfunc note(g int) { order[n.Add(1)-1] = g; racy++ }", 1)
	racy := compileT(t, src)
	const natural = "one-P order: true\n"
	type mode struct {
		name    string
		workers int
		remotes int
	}
	modes := []mode{{"1 worker", 1, 0}, {"3 workers", 3, 0}, {"2 remotes", 1, 2}}
	for _, prog := range []struct {
		name string
		p    *Program
	}{{"plain", p}, {"racy", racy}} {
		for _, bound := range []struct {
			k     int
			raise bool
		}{{0, false}, {1, false}, {-1, false}, {2, true}} {
			for _, md := range modes {
				opts := ExploreOptions{Strategy: StrategyDFS, PreemptionBound: bound.k, RaiseBound: bound.raise, Runs: 150, Workers: md.workers}
				for range md.remotes {
					opts.Remotes = append(opts.Remotes, batchRemote(0))
				}
				var outs []string
				opts.observe = func(r *Result) { outs = append(outs, r.Stdout) }
				res := prog.p.Explore(opts)
				n := 0
				for _, o := range outs {
					if o == natural {
						n++
					}
				}
				name := prog.name + " bound " + strconv.Itoa(bound.k) + map[bool]string{true: " raised", false: ""}[bound.raise] + ", " + md.name
				if len(outs) == 0 || outs[0] != natural || n != 1 {
					first := ""
					if len(outs) > 0 {
						first = outs[0]
					}
					t.Errorf("%s: first schedule printed %q, %d of %d printed %q (%s)", name, first, n, len(outs), natural, res.Verdict)
				}
				if prog.p == racy && res.Restarts == 0 {
					t.Errorf("%s: the search never restarted: the racy counter did not exercise a restart", name)
				}
			}
		}
	}
}

// TestDFSNaturalRunCountedOnce: where the tree's first schedule is Go's own
// (one goroutine at every choice, or the lowest is always the one Go runs
// next), it is counted once: sequential has one schedule, as before the
// natural run.
func TestDFSNaturalRunCountedOnce(t *testing.T) {
	ex, _ := examples.Get("sequential")
	res := compileT(t, ex.Source).Explore(ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 1, Runs: 100})
	if res.Schedules != 1 || res.Verdict != "no failure in all 1 interleaving" {
		t.Errorf("sequential: %d schedules, %q; want 1, no failure in all 1 interleaving", res.Schedules, res.Verdict)
	}
}

// TestDFSNaturalRunOneP: Go's own schedule is one P's, so a program that
// asks runtime.GOMAXPROCS(0) gets 1 in it (vm.ChooseProcs); the tree then
// tries NumCPU and 1.
func TestDFSNaturalRunOneP(t *testing.T) {
	p := compileT(t, `package main

import "runtime"

func main() { println(runtime.GOMAXPROCS(0)) }
`)
	var outs []string
	opts := ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 1, Runs: 10}
	opts.observe = func(r *Result) { outs = append(outs, r.Stderr) }
	res := p.Explore(opts)
	if strings.Join(outs, "") != "1\n2\n1\n" {
		t.Errorf("schedules printed %q (%s), want 1 in Go's own, then 2 and 1", outs, res.Verdict)
	}
}
