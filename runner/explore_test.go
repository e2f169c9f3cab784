package runner

import (
	"sort"
	"strings"
	"testing"

	"interleave/examples"
)

func compileT(t testing.TB, src string) *Program {
	t.Helper()
	p, err := Compile(src)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	return p
}

// dfsStdouts explores p exhaustively with dfs alone (one worker, the
// given preemption bound, at most 2,000 schedules) and returns the
// distinct stdouts it reached, sorted and joined by "|"; a search that
// does not end is a failure.
func dfsStdouts(t *testing.T, p *Program, bound int) string {
	t.Helper()
	res := p.Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 2000, PreemptionBound: bound, Workers: 1})
	if !res.Exhausted {
		t.Fatalf("not exhausted: %s", res.Verdict)
	}
	var seen []string
	for _, o := range res.Outcomes {
		seen = append(seen, o.Stdout)
	}
	sort.Strings(seen)
	return strings.Join(seen, "|")
}

// checkReplay runs a failure's tokens again and demands the same bytes.
func checkReplay(t *testing.T, p *Program, opts Options, f *Failure) {
	t.Helper()
	opts.Schedule = f.Schedule
	r := p.Run(opts)
	if r.Stdout != f.Stdout || r.Stderr != f.Stderr || r.ExitCode != f.ExitCode {
		t.Errorf("schedule %s does not replay:\nwant %q exit %d\ngot  %q exit %d", f.Schedule, f.Stderr, f.ExitCode, r.Stderr, r.ExitCode)
	}
	if f.MinimalSchedule == "" {
		t.Fatalf("no minimal schedule")
	}
	opts.Schedule = f.MinimalSchedule
	m1, m2 := p.Run(opts), p.Run(opts)
	if m1.Stdout != m2.Stdout || m1.Stderr != m2.Stderr || m1.ExitCode != m2.ExitCode {
		t.Errorf("minimal schedule %s is not deterministic", f.MinimalSchedule)
	}
	if m1.Outcome.Message != firstLine(f.Stderr) {
		t.Errorf("minimal schedule fails with %q, want %q", m1.Outcome.Message, firstLine(f.Stderr))
	}
	if m1.Schedule() != f.MinimalSchedule {
		t.Errorf("minimal schedule re-encodes as %s, want %s", m1.Schedule(), f.MinimalSchedule)
	}
	if n := p.Preemptions(opts, f.MinimalSchedule); n != f.Preemptions {
		t.Errorf("minimal schedule has %d preemptions, reported %d", n, f.Preemptions)
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func TestExamplesUnderEveryStrategy(t *testing.T) {
	for _, e := range examples.All() {
		p := compileT(t, e.Source)
		for _, strategy := range []string{StrategyRandom, StrategyPCT, StrategyDFS} {
			t.Run(e.Name+"/"+strategy, func(t *testing.T) {
				runs := 40
				if e.Expect == examples.ExpectOK {
					runs = 8 // the verdict cannot change; keep the suite fast
				}
				res := p.Explore(ExploreOptions{Strategy: strategy, Runs: runs, Seed: 1, PreemptionBound: -1, StopAtFirst: true})
				if e.Expect == examples.ExpectOK {
					if res.FirstFailure != nil {
						t.Fatalf("%s failed: %s\n%s", e.Name, res.Verdict, res.FirstFailure.Stderr)
					}
					if !strings.HasPrefix(res.Verdict, "no failure in ") {
						t.Errorf("verdict %q", res.Verdict)
					}
					return
				}
				f := res.FirstFailure
				if f == nil {
					t.Fatalf("no failure found: %s", res.Verdict)
				}
				if got := firstLine(f.Stderr); got != e.ExpectMessage {
					t.Errorf("failure %q, want %q", got, e.ExpectMessage)
				}
				if !strings.HasPrefix(res.Verdict, "found "+e.ExpectMessage+" in schedule ") {
					t.Errorf("verdict %q", res.Verdict)
				}
				if f.Explanation == "" || len(f.Trace) == 0 || len(f.Goroutines) == 0 {
					t.Errorf("failure lacks explanation, trace or goroutines: %+v", f.Explanation)
				}
				checkReplay(t, p, Options{}, f)
			})
		}
	}
}

func TestExplanations(t *testing.T) {
	crash, _ := examples.Get("crashmap")
	p := compileT(t, crash.Source)
	res := p.Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 100, PreemptionBound: -1, StopAtFirst: true})
	if res.FirstFailure == nil {
		t.Fatal(res.Verdict)
	}
	f := res.FirstFailure
	if f.Preemptions != 1 {
		t.Errorf("crashmap needs 1 preemption (the reader runs while the writer is mid-write), minimal has %d", f.Preemptions)
	}
	for _, want := range []string{"read `data` at prog.go:", "was writing it at prog.go:", "(1 context switch)"} {
		if !strings.Contains(f.Explanation, want) {
			t.Errorf("explanation %q lacks %q", f.Explanation, want)
		}
	}

	dl, _ := examples.Get("deadlock")
	p = compileT(t, dl.Source)
	res = p.Explore(ExploreOptions{Strategy: StrategyRandom, Runs: 5, StopAtFirst: true})
	if res.FirstFailure == nil {
		t.Fatal(res.Verdict)
	}
	if e := res.FirstFailure.Explanation; !strings.Contains(e, "goroutine 1 locks `c.mu` at prog.go:") || !strings.Contains(e, "while it already holds it (locked at prog.go:") {
		t.Errorf("deadlock explanation %q", e)
	}
}

func TestLocksOffCacheCrashes(t *testing.T) {
	cache, _ := examples.Get("cache")
	p := compileT(t, cache.Source)
	var off []int
	for _, s := range p.LockSites() {
		off = append(off, s.ID)
	}
	for _, strategy := range []string{StrategyRandom, StrategyPCT, StrategyDFS} {
		res := p.Explore(ExploreOptions{Strategy: strategy, Runs: 60, Seed: 1, PreemptionBound: -1, DisabledLocks: off, StopAtFirst: true})
		f := res.FirstFailure
		if f == nil {
			t.Fatalf("%s: locks off, the cache should crash: %s", strategy, res.Verdict)
		}
		if !strings.HasPrefix(firstLine(f.Stderr), "fatal error: concurrent map") {
			t.Fatalf("%s: locks off, the cache should crash with a map error: %s", strategy, res.Verdict)
		}
		checkReplay(t, p, Options{DisabledLocks: off}, f)
	}
}

// smallCache is the article's Cache with two goroutines of three
// operations each: small enough to explore completely. The map starts
// non-empty so that reads are scheduling points from the first one.
const smallCache = `package main

import "sync"

type Cache struct {
	mu   sync.Mutex
	data map[string]int
}

func (c *Cache) Set(key string, value int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[key] = value
}

func (c *Cache) Get(key string) (int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.data[key]
	return v, ok
}

func main() {
	c := &Cache{data: map[string]int{"key": 0}}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			c.Set("key", i)
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			c.Get("key")
		}
	}()
	wg.Wait()
}
`

func TestDFSProvesSmallCache(t *testing.T) {
	p := compileT(t, smallCache)
	res := p.Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 5000, PreemptionBound: 2})
	if !res.Exhausted || res.Failures != 0 {
		t.Fatalf("exhausted=%v failures=%d: %s", res.Exhausted, res.Failures, res.Verdict)
	}
	if !strings.HasPrefix(res.Verdict, "no failure in all ") || !strings.HasSuffix(res.Verdict, "with ≤ 2 preemptions") {
		t.Errorf("verdict %q", res.Verdict)
	}
	// Locks off, the same search finds the crash.
	var off []int
	for _, s := range p.LockSites() {
		off = append(off, s.ID)
	}
	res = p.Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 5000, PreemptionBound: 2, DisabledLocks: off, StopAtFirst: true})
	if res.FirstFailure == nil {
		t.Fatalf("locks off: %s", res.Verdict)
	}
	checkReplay(t, p, Options{DisabledLocks: off}, res.FirstFailure)
}

// dfsCount explores p completely (up to budget) with or without reduction.
func dfsCount(p *Program, bound int, reduce bool, opts Options, budget int) (schedules int, failures map[string]bool, exhausted bool) {
	st := newDFSStrategy(bound, reduce)
	failures = map[string]bool{}
	for runs := 0; runs < budget; runs++ {
		d, ok := st.next()
		if !ok {
			return schedules, failures, true
		}
		_ = d
		r := p.drive(opts, st.d)
		if st.done(r) != runNew {
			continue
		}
		schedules++
		if r.Outcome.Failed() {
			failures[r.Outcome.Message] = true
		}
	}
	return schedules, failures, false
}

// independent has goroutines that touch only their own maps, plus one
// shared map written by two of them: a bug among much independent work.
const independent = `package main

import "sync"

func main() {
	var wg sync.WaitGroup
	a, b, shared := map[int]int{}, map[int]int{}, map[int]int{}
	wg.Add(3)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			a[i] = i
		}
		shared[1] = 1
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			b[i] = i
		}
		shared[2] = 2
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 2; i++ {
			b[i]++
		}
	}()
	wg.Wait()
}
`

func TestReductionExploresLessAndFindsTheSameBugs(t *testing.T) {
	p := compileT(t, independent)
	full, fullBugs, ex1 := dfsCount(p, 2, false, Options{}, 20000)
	red, redBugs, ex2 := dfsCount(p, 2, true, Options{}, 20000)
	if !ex1 || !ex2 {
		t.Fatalf("not exhausted: %v %v", ex1, ex2)
	}
	if red >= full {
		t.Errorf("reduction explored %d schedules, plain DFS %d", red, full)
	}
	if len(fullBugs) == 0 || len(fullBugs) != len(redBugs) {
		t.Errorf("bugs differ: plain %v, reduced %v", fullBugs, redBugs)
	}
	for b := range fullBugs {
		if !redBugs[b] {
			t.Errorf("reduction missed %q", b)
		}
	}
	t.Logf("bound 2: %d schedules without reduction, %d with", full, red)
}

func TestExploreProgressAndCancel(t *testing.T) {
	p := compileT(t, smallCache)
	calls := 0
	res := p.Explore(ExploreOptions{Strategy: StrategyRandom, Runs: 100, ProgressEvery: 5, Progress: func(pr ExploreProgress) bool {
		calls++
		return pr.Schedules < 20
	}})
	if !res.Cancelled || res.Schedules != 20 || calls != 4 {
		t.Errorf("cancelled=%v schedules=%d calls=%d", res.Cancelled, res.Schedules, calls)
	}
	if !strings.Contains(res.Verdict, "cancelled") {
		t.Errorf("verdict %q", res.Verdict)
	}
	res = p.Explore(ExploreOptions{Strategy: "bogus"})
	if res.Schedules != 0 || !strings.Contains(res.Verdict, "unknown strategy") {
		t.Errorf("bogus strategy: %+v", res)
	}
}
