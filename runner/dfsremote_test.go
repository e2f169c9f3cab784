package runner

import (
	"encoding/json"
	"errors"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"interleave/examples"
)

// batchRemote is a remote as the page has them, in this process: it
// compiles the batch's program itself (once) and answers with ServeBatch.
// After fail calls (fail > 0) it fails every call, as a Web Worker that
// died would.
func batchRemote(fail int) Remote {
	var p *Program
	var calls atomic.Int64
	return func(batch []byte) ([]byte, error) {
		if fail > 0 && calls.Add(1) > int64(fail) {
			return nil, errors.New("the remote is gone")
		}
		return ServeBatch(batch, func(src string) (*Program, error) {
			if p == nil || p.src != src {
				q, err := Compile(src)
				if err != nil {
					return nil, err
				}
				p = q
			}
			return p, nil
		}), nil
	}
}

// TestDFSSplitRemote is TestDFSSplitDeterministic for the page's split:
// forks searched by remotes (other Web Workers there) while the lead
// searches too. One, two and three remotes explore exactly the schedules
// of one worker alone, in the same order, with the same counts, first
// failure and verdict, with and without stopping at the first failure; so
// do remotes that die part way (the lead searches the rest of their forks
// itself). It checks that remotes really made runs.
func TestDFSSplitRemote(t *testing.T) {
	type prog struct {
		name, src string
		bound     int
	}
	var progs []prog
	examplesUsed := []string{"crashmap", "owner", "deadlock"}
	outcomes := []string{
		"wg_go_order", "close_blocked_senders", "atomic_vs_plain", "chan_of_chans",
		"race_counter_increment", "race_check_then_act", "timer_context_vs_sleep",
		"timer_sleep_vs_sleep", "select_multi_ready", "pipeline_leak_deadlock",
		"wg_add_during_wait", "gosched_run_queue_order",
	}
	remotes := [][]int{{0}, {0, 0}, {0, 0, 0}, {3, 0}} // per remote: calls before it dies (0: never)
	// Under js/wasm (CI's make test-wasm) the whole matrix took about half
	// of that suite's time (2,000 s under load, 166 s of CPU: every remote
	// compiles each program, and a remote's 50 ms chunks run past the 100-run
	// budget); the native suite runs it all, and the short set still takes
	// the wasm-only paths (the lead's yields to the event loop, remotes that
	// die part way).
	if testing.Short() || runtime.GOOS == "js" {
		examplesUsed = examplesUsed[:2]
		outcomes = []string{"wg_go_order", "race_counter_increment", "timer_context_vs_sleep", "chan_of_chans"}
		remotes = [][]int{{0, 0}, {3, 0}}
	}
	for _, name := range examplesUsed {
		ex, ok := examples.Get(name)
		if !ok {
			t.Fatalf("no example %s", name)
		}
		progs = append(progs, prog{name, ex.Source, 1})
	}
	for _, name := range outcomes {
		b, err := os.ReadFile("testdata/outcomes/" + name + ".go")
		if err != nil {
			t.Fatal(err)
		}
		progs = append(progs, prog{name, string(b), -1})
	}
	// Forks from the top and from the bottom (forkTop, forkDeep), as in
	// TestDFSSplitDeterministic.
	tops := []int{0, noTop}
	if testing.Short() || runtime.GOOS == "js" {
		tops = []int{topBudget}
	}
	defer func(b int) { topBudget = b }(topBudget)
	before, topBefore := dfsRemoteRuns.Load(), dfsTopForks.Load()
	for _, pr := range progs {
		p, err := Compile(pr.src)
		if err != nil {
			t.Fatalf("%s: %v", pr.name, err)
		}
		for _, stop := range []bool{false, true} {
			opts := ExploreOptions{Strategy: StrategyDFS, PreemptionBound: pr.bound, Runs: 100, StopAtFirst: stop, Workers: 1}
			want := dfsTrace(t, p, opts)
			for _, top := range tops {
				topBudget = top
				for _, rs := range remotes {
					opts.Remotes = nil
					for _, fail := range rs {
						opts.Remotes = append(opts.Remotes, batchRemote(fail))
					}
					if got := dfsTrace(t, p, opts); got != want {
						t.Errorf("%s stop=%v top budget %d: remotes %v explore\n%.2000s\none worker\n%.2000s", pr.name, stop, top, rs, got, want)
					}
				}
			}
		}
	}
	if dfsRemoteRuns.Load() == before {
		t.Error("no remote ever made a run: dfs did not split")
	}
	if dfsTopForks.Load() == topBefore {
		t.Error("no fork was ever made from the top")
	}
	t.Logf("runs made by remotes: %d", dfsRemoteRuns.Load()-before)
}

// TestDFSRemoteBadBatch: a remote refuses a damaged fork, a chunk of a fork
// it does not have and a fork of another program with an error, and
// forgets a fork on End.
func TestDFSRemoteBadBatch(t *testing.T) {
	crash, _ := examples.Get("crashmap")
	p := compileT(t, crash.Source)
	ask := func(b wireBatch) wireAnswer {
		msg, _ := json.Marshal(b)
		var a wireAnswer
		if err := json.Unmarshal(p.RunBatch(msg), &a); err != nil {
			t.Fatal(err)
		}
		return a
	}
	if a := ask(wireBatch{Src: p.src, DFS: &wireDFS{Slot: "x", Fork: []byte{1, 2, 3}}}); !strings.Contains(a.Error, "bad fork") {
		t.Errorf("damaged fork: %+v", a)
	}
	if a := ask(wireBatch{Src: p.src, DFS: &wireDFS{Slot: "w", Keep: 10, Fork: []byte{1}}}); !strings.Contains(a.Error, "does not have") {
		t.Errorf("delta against no fork: %+v", a)
	}
	if a := ask(wireBatch{Src: p.src, DFS: &wireDFS{Slot: "y"}}); !strings.Contains(a.Error, "no such fork") {
		t.Errorf("chunk of no fork: %+v", a)
	}
	if a := ask(wireBatch{Src: "package other", DFS: &wireDFS{Slot: "y"}}); a.Error != "a batch for another program" {
		t.Errorf("another program: %+v", a)
	}
	p.dfsForks = map[string]*remoteFork{"z": {}}
	if a := ask(wireBatch{Src: p.src, DFS: &wireDFS{Slot: "z", End: true}}); a.Error != "" || len(p.dfsForks) != 0 {
		t.Errorf("end: %+v, %d forks kept", a, len(p.dfsForks))
	}
}

// TestDFSRemoteDeltas: forks, runs' requests and picks cross as deltas
// against the last ones on their slot (see slotWire), and the split still
// explores exactly one worker's schedules, also with a remote that forgets
// everything (a fresh program: no fork searches, no deltas) every few
// calls, so that deltas against what it no longer has fail and the lead
// starts again from whole ones. The seed's fix (cache) makes runs that
// share the start of their records within a fork: crashmap's reader runs
// ahead (fair.go), and its forks' second runs record nothing outer.
func TestDFSRemoteDeltas(t *testing.T) {
	ex, _ := examples.Get("cache")
	p := compileT(t, ex.Source)
	opts := ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 1, Runs: 100, Workers: 1}
	want := dfsTrace(t, p, opts)
	for _, forget := range []int{0, 3} {
		var mu sync.Mutex
		var calls, forkKeeps, runKeeps, pickKeeps int
		var q *Program
		remote := func(batch []byte) ([]byte, error) {
			mu.Lock()
			defer mu.Unlock()
			calls++
			if q == nil || forget > 0 && calls%forget == 0 {
				q = compileT(t, ex.Source)
			}
			var b wireBatch
			if err := json.Unmarshal(batch, &b); err != nil {
				t.Fatal(err)
			}
			if b.DFS != nil && b.DFS.Keep > 0 {
				forkKeeps++
			}
			out := q.RunBatch(batch)
			var a wireAnswer
			if err := json.Unmarshal(out, &a); err != nil {
				t.Fatal(err)
			}
			for i, r := range a.Runs {
				if r.Keep > 0 {
					runKeeps++
				}
				if a.Results[i].ChoicesKeep > 0 {
					pickKeeps++
				}
			}
			return out, nil
		}
		opts.Remotes = []Remote{remote}
		if got := dfsTrace(t, p, opts); got != want {
			t.Errorf("forget every %d calls: remote explore\n%.2000s\none worker\n%.2000s", forget, got, want)
		}
		// Deltas must be used by a remote that keeps its slots. One that
		// forgets every 3 calls falls back to whole sends, and whether two
		// answers in a row on a slot survive it depends on how the slots'
		// calls interleave (0 run deltas in 73 calls at GOMAXPROCS=1 and
		// under wasm): there the exact result is what is checked.
		if forget == 0 && (forkKeeps == 0 || runKeeps == 0 || pickKeeps == 0) {
			t.Errorf("forget every %d calls: deltas in %d forks, %d runs' requests, %d runs' picks of %d calls", forget, forkKeeps, runKeeps, pickKeeps, calls)
		}
	}
}
