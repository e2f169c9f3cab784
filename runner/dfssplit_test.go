package runner

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"interleave/examples"
)

// dfsTrace explores with dfs and returns everything that must not depend
// on the number of workers: the summary and every counted schedule's
// token, in order.
func dfsTrace(t *testing.T, p *Program, opts ExploreOptions) string {
	t.Helper()
	var tokens []string
	opts.observe = func(r *Result) { tokens = append(tokens, r.Schedule()) }
	res := p.Explore(opts)
	return exploreSummary(t, res) + "\n" + strings.Join(tokens, "\n")
}

// TestDFSSplitDeterministic: dfs split across workers explores exactly the
// schedules one worker explores, in the same order, with the same counts,
// first failure and verdict, with and without stopping at the first
// failure. The programs stand for every path of the split: examples with a
// failure, a deadlock and a clean verdict at a fixed bound; outcome
// programs that restart on new racy sites, fire timers, pick select cases,
// deadlock, need the bound's fallback and raise the bound (iterative
// bounding drops the forks of the lower bound), and whose first schedule,
// Go's own, is one no tree schedule prints. It also checks that runs
// were really taken from forks and that their requests to the nodes above
// were replayed. With INTERLEAVE_DFSSPLIT_ALL=1 it checks every outcome
// program instead (about 115 programs; several minutes).
func TestDFSSplitDeterministic(t *testing.T) {
	type prog struct {
		name, src string
		bound     int
		runs      int
	}
	var progs []prog
	examplesUsed := []string{"crashmap", "owner", "deadlock"}
	outcomes := []string{
		"wg_go_order", "close_blocked_senders", "atomic_vs_plain", "chan_of_chans",
		"race_counter_increment", "race_check_then_act", "timer_context_vs_sleep",
		"timer_sleep_vs_sleep", "select_multi_ready", "pipeline_leak_deadlock",
		"wg_add_during_wait", "gosched_run_queue_order",
	}
	workers := []int{2, 3}
	if testing.Short() {
		examplesUsed = examplesUsed[:2]
		outcomes = []string{"wg_go_order", "race_counter_increment", "timer_context_vs_sleep", "chan_of_chans"}
		workers = []int{2}
	}
	for _, name := range examplesUsed {
		ex, ok := examples.Get(name)
		if !ok {
			t.Fatalf("no example %s", name)
		}
		progs = append(progs, prog{name, ex.Source, 1, 100})
	}
	if os.Getenv("INTERLEAVE_DFSSPLIT_ALL") == "1" {
		files, _ := filepath.Glob("testdata/outcomes/*.go")
		outcomes = nil
		for _, f := range files {
			outcomes = append(outcomes, strings.TrimSuffix(filepath.Base(f), ".go"))
		}
	}
	for _, name := range outcomes {
		b, err := os.ReadFile("testdata/outcomes/" + name + ".go")
		if err != nil {
			t.Fatal(err)
		}
		progs = append(progs, prog{name, string(b), -1, 100})
	}
	// Forks from the top and from the bottom (forkTop, forkDeep): each
	// way on its own natively; in wasm, as the budget decides.
	tops := []int{0, noTop}
	if runtime.GOOS == "js" {
		tops = []int{topBudget}
	}
	defer func(b int) { topBudget = b }(topBudget)
	before, topBefore := dfsRunsTaken.Load(), dfsTopForks.Load()
	var outerBefore [len(dfsOuterTaken)]int64
	for k := range dfsOuterTaken {
		outerBefore[k] = dfsOuterTaken[k].Load()
	}
	for _, pr := range progs {
		p, err := Compile(pr.src)
		if err != nil {
			t.Fatalf("%s: %v", pr.name, err)
		}
		for _, stop := range []bool{false, true} {
			opts := ExploreOptions{Strategy: StrategyDFS, PreemptionBound: pr.bound, Runs: pr.runs, StopAtFirst: stop, Workers: 1}
			want := dfsTrace(t, p, opts)
			for _, top := range tops {
				topBudget = top
				for _, w := range workers {
					opts.Workers = w
					if got := dfsTrace(t, p, opts); got != want {
						t.Errorf("%s stop=%v top budget %d: %d workers explore\n%.2000s\none worker\n%.2000s", pr.name, stop, top, w, got, want)
					}
				}
			}
		}
	}
	// In wasm (one thread, goroutines switch only when one blocks) the
	// workers never get to wait for a fork while the search runs, so none
	// is made; the results above must be identical all the same.
	if dfsRunsTaken.Load() == before && runtime.GOARCH != "wasm" {
		t.Error("no run was ever taken from a fork: dfs did not split")
	}
	if dfsTopForks.Load() == topBefore && runtime.GOARCH != "wasm" {
		t.Error("no fork was ever made from the top")
	}
	for k := range dfsOuterTaken {
		t.Logf("replayed requests of kind %d: %d", k, dfsOuterTaken[k].Load()-outerBefore[k])
	}
}
