package runner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"interleave/runner/sched"
)

// TestSpinWithoutRaceDetector explores every spin-wait program of
// testdata/outcomes with the race detector off (explore
// --no-race-detector): the fairness rule counts a poll's memory writes
// itself (vm/fair.go), so every spin still ends under dfs, random and PCT,
// and every outcome reached is one real Go produced (the golden's set).
func TestSpinWithoutRaceDetector(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "outcomes", "spin_*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no spin programs: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".go")
		t.Run(name, func(t *testing.T) {
			p := compileFile(t, file)
			g, err := readGolden(strings.TrimSuffix(file, ".go") + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			knobs, err := parseKnobs(string(src)) // the program's budget and runs
			if err != nil {
				t.Fatal(err)
			}
			opts := Options{MaxSteps: knobs.MaxSteps} // no race detector, no racy sites
			check := func(strategy string, res *Result) {
				k := outcomeOf(res)
				_, obs := g.observed[k]
				_, pos := g.possible[k]
				if !obs && !pos {
					t.Fatalf("%s reached %s (schedule %s), which real Go never showed", strategy, k, res.Schedule())
				}
			}
			dfs := newDFSStrategy(2, true)
			for range min(300, knobs.DFSRuns) {
				c, ok := dfs.next()
				if !ok {
					break
				}
				res := p.drive(opts, c.(*sched.DFS))
				if dfs.done(res) == runPruned {
					continue
				}
				check("dfs", res)
			}
			rnd := &randomStrategy{seed: 1}
			for range min(100, knobs.Random) {
				c, _ := rnd.next()
				check("random", p.RunWith(opts, c))
			}
			pct := &pctStrategy{seed: 1, depth: 3}
			for range min(100, knobs.PCT) {
				c, _ := pct.next()
				res := p.RunWith(opts, c)
				pct.done(res)
				check("pct", res)
			}
		})
	}
}

// TestPreemptRacySpin: a spin on a plain flag has no scheduling point in
// the first run (the race detector has not seen the race yet) and none at
// all without the detector. Before forced preemption (vm/preempt.go) the
// first schedule of every strategy ran to the instruction budget. Every
// strategy's first schedule must now end as real Go does, with and
// without the race detector and with --race, and a schedule token of a
// preempted run must replay byte for byte.
func TestPreemptRacySpin(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "outcomes", "spin_racy_flag*.go"))
	if err != nil || len(files) < 6 {
		t.Fatalf("want the spin_racy_flag programs: %v %v", files, err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".go")
		t.Run(name, func(t *testing.T) {
			p := compileFile(t, file)
			g, err := readGolden(strings.TrimSuffix(file, ".go") + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			check := func(how string, res *Result) {
				t.Helper()
				k := outcomeOf(res)
				if _, obs := g.observed[k]; !obs {
					t.Fatalf("%s: %s (schedule %s), which real Go never showed", how, k, res.Schedule())
				}
			}
			for _, opts := range []Options{{MaxSteps: 2_000_000}, {MaxSteps: 2_000_000, raceQuiet: true}} {
				for seed := int64(1); seed <= 3; seed++ {
					rnd := &randomStrategy{seed: seed}
					c, _ := rnd.next()
					res := p.RunWith(opts, c)
					check("random", res)
					pct := &pctStrategy{seed: seed, depth: 3}
					c, _ = pct.next()
					check("pct", p.RunWith(opts, c))
				}
				dfs := newDFSStrategy(2, true)
				c, _ := dfs.next()
				check("dfs", p.drive(opts, c.(*sched.DFS)))
			}
			// --race: the first run, before any race is learnt, ends too
			// (reporting the race, exit 66, is what --race does).
			if res := p.Run(Options{Seed: 1, MaxSteps: 2_000_000, Race: true}); res.ExitCode != 66 && res.ExitCode != 0 {
				t.Fatalf("--race: exit %d, stderr %q", res.ExitCode, firstLineOf(res.Stderr))
			}
			// Replay.
			res := p.Run(Options{Seed: 7, MaxSteps: 2_000_000})
			again := p.Run(Options{Schedule: res.Schedule(), MaxSteps: 2_000_000})
			if again.Stdout != res.Stdout || again.ExitCode != res.ExitCode || again.Schedule() != res.Schedule() || again.Steps != res.Steps {
				t.Fatalf("replay differs: %q %d %s %d, then %q %d %s %d", res.Stdout, res.ExitCode, res.Schedule(), res.Steps, again.Stdout, again.ExitCode, again.Schedule(), again.Steps)
			}
		})
	}
}

// TestPreemptTimeSlice: a spin whose state never repeats (a counter in the
// loop) is stopped after a time slice (10 ms of virtual time, Go's
// forcePreemptNS), and the writer runs; so is a spin that writes a global
// at every turn, whose steps are effects, never polls, under PCT, whose
// first priority goes to main. Before, both ran to the budget.
func TestPreemptTimeSlice(t *testing.T) {
	tries, err := Compile(`package main

import (
	"fmt"
	"sync/atomic"
)

var tries int
var ready atomic.Bool

func main() {
	go func() {
		ready.Store(true)
	}()
	for !ready.Load() {
		tries++
	}
	fmt.Println("ready", tries >= 0)
}
`)
	if err != nil {
		t.Fatal(err)
	}
	pct := &pctStrategy{seed: 1, depth: 3}
	c, _ := pct.next()
	if res := tries.RunWith(Options{MaxSteps: 40_000_000}, c); res.ExitCode != 0 || res.Stdout != "ready true\n" {
		t.Fatalf("tries: exit %d, stdout %q, stderr %q", res.ExitCode, res.Stdout, firstLineOf(res.Stderr))
	}

	p, err := Compile(`package main

import "fmt"

var done bool

func main() {
	go func() { done = true }()
	n := 0
	for !done {
		n++
	}
	fmt.Println("done", n > 0 || n == 0)
}
`)
	if err != nil {
		t.Fatal(err)
	}
	for _, opts := range []Options{{Seed: 1, MaxSteps: 40_000_000}, {Seed: 2, MaxSteps: 40_000_000, raceQuiet: true}} {
		res := p.Run(opts)
		if res.ExitCode != 0 || res.Stdout != "done true\n" {
			t.Fatalf("exit %d, stdout %q, stderr %q", res.ExitCode, res.Stdout, firstLineOf(res.Stderr))
		}
	}
}

// TestPreemptKeepsComputation: a computation shorter than a time slice is
// never interrupted by the forced preemption, so the order in which main
// finishes it before the goroutine it started prints stays reachable
// (real Go at GOMAXPROCS=1 prints "a" first: the new goroutine waits in
// runnext until main blocks), and so does the other order; and no
// schedule is added for it: dfs explores what it did before.
func TestPreemptKeepsComputation(t *testing.T) {
	p, err := Compile(`package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("b")
		done <- true
	}()
	s := 0
	for i := 0; i < 300000; i++ {
		s += i % 7
	}
	fmt.Println("a", s)
	<-done
}
`)
	if err != nil {
		t.Fatal(err)
	}
	seen, res := outputs(t, p, ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 2, Runs: 100})
	t.Logf("dfs: %v in %d schedules", seen, res.Schedules)
	if len(seen) != 2 || res.Schedules > 10 {
		t.Fatalf("dfs: outputs %v in %d schedules (%s), want both orders in a few", seen, res.Schedules, res.Verdict)
	}
}

// TestPreemptSliceIsAChoice: a computation longer than one time slice but
// shorter than maxSlices may still finish before a goroutine it woke takes
// its next step (in Go the woken goroutine waits in the waker's runnext
// until another P steals it or sysmon preempts the waker), so at the first
// slice stops the goroutine stays offered: both orders are reachable.
// When the slice stop was a forced yield, "b a" was unreachable.
func TestPreemptSliceIsAChoice(t *testing.T) {
	p, err := Compile(`package main

import "fmt"

var sink int

func main() {
	done, fin := make(chan bool), make(chan bool)
	go func() {
		done <- true
		for i := range 2500000 {
			sink += i
		}
		fmt.Println("b")
		fin <- true
	}()
	<-done
	fmt.Println("a")
	<-fin
}
`)
	if err != nil {
		t.Fatal(err)
	}
	seen, res := outputs(t, p, ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 2, Runs: 100})
	if len(seen) != 2 {
		t.Fatalf("dfs: outputs %v in %d schedules (%s), want both orders", seen, res.Schedules, res.Verdict)
	}
}
