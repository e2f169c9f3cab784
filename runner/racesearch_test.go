package runner

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"interleave/runner/sched"
)

// Race-directed exploration and fine-grained mode. The outcome SETS of the
// race_*.go programs in testdata/outcomes come from real Go (see
// outcomes_test.go); these tests add what the set comparison does not
// say: that each strategy alone reaches the racy outcomes, that dfs covers
// them, that the race is named, and that nothing is reached without the
// mechanism that makes the accesses visible.

// outputs explores src and returns how often each stdout was printed by
// the runs that count.
func outputs(t *testing.T, p *Program, opts ExploreOptions) (map[string]int, *ExploreResult) {
	t.Helper()
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

func compileFile(t *testing.T, path string) *Program {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Compile(string(src))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return p
}

// goldenStdouts lists the stdouts real Go printed for an outcomes program.
func goldenStdouts(t *testing.T, name string) []string {
	t.Helper()
	g, err := readGolden(filepath.Join("testdata", "outcomes", name+".golden"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for k := range g.observed {
		out = append(out, k.Stdout)
	}
	sort.Strings(out)
	return out
}

// raceCases are the race_*.go outcome programs with the race explore must
// name.
var raceCases = []struct {
	name  string
	races []string
}{
	{"race_rmw_global", []string{"data race on `counter` (prog.go:31 and prog.go:31)"}},
	{"race_field_pointer", []string{"data race on `a.balance` (prog.go:27 and prog.go:27)"}},
	{"race_slice_element", []string{"data race on `hits[2]` (prog.go:27 and prog.go:27)"}},
	{"race_captured_variable", []string{"data race on `total` (prog.go:28 and prog.go:28)"}},
	{"race_check_then_act", []string{"data race on `cfg.ready` (prog.go:28 and prog.go:30)"}},
	{"race_read_write_order", []string{"data race on `x` (prog.go:21 and prog.go:25)"}},
	{"race_counter_increment", []string{
		"data race on `counter` (prog.go:23 and prog.go:23)",
		"data race on `stats.hits` (prog.go:24 and prog.go:24)",
	}},
}

// TestRaceDirectedEachStrategy: every strategy on its own reaches every
// output real Go printed, the exploration names the race in its findings,
// and a dfs that exhausts its bound has covered the racy outputs.
func TestRaceDirectedEachStrategy(t *testing.T) {
	for _, c := range raceCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			p := compileFile(t, filepath.Join("testdata", "outcomes", c.name+".go"))
			want := goldenStdouts(t, c.name)
			for _, o := range []ExploreOptions{
				{Strategy: StrategyDFS, PreemptionBound: 2, Runs: 2000},
				{Strategy: StrategyRandom, Runs: 30, Seed: 1},
				{Strategy: StrategyPCT, Runs: 30, Seed: 1},
			} {
				seen, res := outputs(t, p, o)
				for _, w := range want {
					if seen[w] == 0 {
						t.Errorf("%s never printed %q (real Go does); it printed %q: %s", o.Strategy, w, keys(seen), res.Verdict)
					}
				}
				if o.Strategy == StrategyDFS && !res.Exhausted {
					t.Errorf("dfs did not exhaust its bound: %s", res.Verdict)
				}
				var got []string
				for _, r := range res.Races {
					got = append(got, r.Message)
				}
				if !reflect.DeepEqual(got, c.races) {
					t.Errorf("%s: races %q, want %q", o.Strategy, got, c.races)
				}
				for _, msg := range c.races {
					found := false
					for _, f := range res.Findings {
						if f.Kind == FindingRace && f.Message == msg {
							found = true
						}
					}
					if !found {
						t.Errorf("%s: no race finding %q in %+v", o.Strategy, msg, res.Findings)
					}
				}
			}
		})
	}
}

// TestRaceDirectedOff: without the race detector the racy accesses stay
// invisible, and the lost update is never reached: the outputs above come
// from race-directed exploration, not from some other scheduling point.
func TestRaceDirectedOff(t *testing.T) {
	p := compileFile(t, filepath.Join("testdata", "outcomes", "race_rmw_global.go"))
	seen, res := outputs(t, p, ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 2, NoRaceDetector: true})
	if got := keys(seen); !reflect.DeepEqual(got, []string{"2\n"}) || len(res.Races) != 0 || res.VisibleSites != 0 {
		t.Errorf("with the detector off: outputs %q, races %v, %d visible sites; want only \"2\\n\"", got, res.Races, res.VisibleSites)
	}
}

// TestRaceDirectedDFSRestarts: new racy sites make dfs start over, and its
// verdict counts only the schedules of the final search.
func TestRaceDirectedDFSRestarts(t *testing.T) {
	p := compileFile(t, filepath.Join("testdata", "outcomes", "race_counter_increment.go"))
	_, res := outputs(t, p, ExploreOptions{Strategy: StrategyDFS, PreemptionBound: -1})
	if res.Restarts == 0 || res.VisibleSites != 4 || !res.Exhausted {
		t.Fatalf("restarts %d, visible sites %d, exhausted %v: %s", res.Restarts, res.VisibleSites, res.Exhausted, res.Verdict)
	}
	if !strings.HasPrefix(res.Verdict, "no failure in all ") || strings.Contains(res.Verdict, " "+strconv.Itoa(res.Schedules)+" ") {
		t.Errorf("verdict %q should count the final search, fewer than all %d schedules", res.Verdict, res.Schedules)
	}
}

// TestFineGrained: every shared access is a scheduling point from the first
// run on, without the detector; frame-local variables are not.
func TestFineGrained(t *testing.T) {
	p := compileFile(t, filepath.Join("testdata", "outcomes", "race_rmw_global.go"))
	seen, res := outputs(t, p, ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 2, NoRaceDetector: true, FineGrained: true})
	if seen["1\n"] == 0 || seen["2\n"] == 0 || res.Restarts != 0 {
		t.Errorf("fine-grained dfs printed %q with %d restarts", keys(seen), res.Restarts)
	}

	const src = `package main

import "fmt"

var g int

func main() {
	var local [3]int
	for i := range local {
		local[i] = i
	}
	p := new(int)
	done := make(chan bool)
	go func() {
		*p = 1
		g = 2
		done <- true
	}()
	<-done
	fmt.Println(local, *p, g)
}
`
	q, err := Compile(src)
	if err != nil {
		t.Fatal(err)
	}
	shared := map[string]bool{}
	for _, s := range q.vm.AccessSites() {
		shared[s.Name] = s.Shared
	}
	want := map[string]bool{"local[…]": false, "local": false, "*p": true, "g": true, "varargs[0]": false}
	for name, sh := range want {
		if got, ok := shared[name]; !ok || got != sh {
			t.Errorf("site %s: shared=%v (present %v), want %v; sites %v", name, got, ok, sh, shared)
		}
	}
	// In a run, the goroutine's store to *p is a scheduling point: a
	// Session sees it stop there.
	s := q.Start(Options{FineGrained: true})
	ops := map[string]bool{}
	for !s.Done() {
		gs := s.Goroutines()
		pick := 0
		for _, g := range gs {
			ops[g.Op] = true
			if g.Status == "runnable" && pick == 0 {
				pick = g.ID
			}
		}
		if err := s.Step(pick); err != nil {
			t.Fatal(err)
		}
	}
	if !ops["store"] || !ops["load"] {
		t.Errorf("fine-grained session never stopped at a load and a store: %v", ops)
	}
	if r := s.Result(); r.Stdout != "[0 1 2] 1 2\n" || !strings.HasPrefix(r.Schedule(), "s2.") {
		t.Errorf("session result %q, token %s", r.Stdout, r.Schedule())
	}
}

// TestVisibleTokenReplays: a token from a run with visible accesses carries
// them, so Run replays it exactly without the detector or the options.
func TestVisibleTokenReplays(t *testing.T) {
	p := compileFile(t, filepath.Join("testdata", "outcomes", "race_rmw_global.go"))
	var lost *Result
	opts := ExploreOptions{Strategy: StrategyRandom, Runs: 50}
	opts.observe = func(r *Result) {
		if lost == nil && r.Stdout == "1\n" {
			lost = r
		}
	}
	p.Explore(opts)
	if lost == nil {
		t.Fatal("no lost update in 50 random schedules")
	}
	if _, view, err := sched.DecodeView(lost.Schedule()); err != nil || len(view.Sites) != 2 || view.Fine {
		t.Fatalf("token %s: view %+v, %v", lost.Schedule(), view, err)
	}
	for i := 0; i < 2; i++ {
		r := p.Run(Options{Schedule: lost.Schedule()})
		if r.Stdout != lost.Stdout || r.Schedule() != lost.Schedule() || r.ExitCode != 0 || r.Stderr != "" {
			t.Fatalf("replay: stdout %q token %s stderr %q; want %q %s", r.Stdout, r.Schedule(), r.Stderr, lost.Stdout, lost.Schedule())
		}
	}
	// So does a session that starts from the token, and counting its
	// preemptions replays it too.
	s, err := p.StartSchedule(Options{}, lost.Schedule())
	if err != nil {
		t.Fatal(err)
	}
	for !s.Done() {
		for _, g := range s.Goroutines() {
			if g.Status == "runnable" {
				if err := s.Step(g.ID); err != nil {
					t.Fatal(err)
				}
				break
			}
		}
	}
	if r := s.Result(); r.Stdout != lost.Stdout || r.Schedule() != lost.Schedule() {
		t.Errorf("session from the token: %q %s, want %q %s", r.Stdout, r.Schedule(), lost.Stdout, lost.Schedule())
	}
	if n := p.Preemptions(Options{}, lost.Schedule()); n == 0 {
		t.Errorf("a lost update with no preemption: the token's view was not applied")
	}
	// A fine-grained token replays without FineGrained.
	fine := p.Run(Options{Seed: 3, FineGrained: true})
	if r := p.Run(Options{Schedule: fine.Schedule()}); r.Stdout != fine.Stdout || r.Schedule() != fine.Schedule() {
		t.Errorf("fine-grained replay: %q %s, want %q %s", r.Stdout, r.Schedule(), fine.Stdout, fine.Schedule())
	}
}

// TestRaceDirectedDeterministic: the same program and options explore the
// same way, visible sites, restarts and races included.
func TestRaceDirectedDeterministic(t *testing.T) {
	p := compileFile(t, filepath.Join("testdata", "outcomes", "race_counter_increment.go"))
	for _, o := range []ExploreOptions{
		{Strategy: StrategyDFS, PreemptionBound: -1},
		{Strategy: StrategyRandom, Runs: 200, Seed: 7},
		{Strategy: StrategyPCT, Runs: 200, Seed: 7},
	} {
		a, b := p.Explore(o), p.Explore(o)
		for _, r := range []*ExploreResult{a, b} {
			r.ElapsedMS, r.SchedulesPerSec, r.FoundUS = 0, 0, 0
		}
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if string(ja) != string(jb) {
			t.Errorf("%s: two explorations differ:\n%s\n%s", o.Strategy, ja, jb)
		}
	}
}
