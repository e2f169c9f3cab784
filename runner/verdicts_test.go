package runner

import (
	"os"
	"sort"
	"strings"
	"testing"
)

// The programs under testdata/verdicts have schedule-dependent behaviour,
// so they are not in the oracle corpus (which compares one run). Their
// expected outcome sets were recorded from real Go: 300 runs each of the
// built binary at GOMAXPROCS=1 and GOMAXPROCS=2 (Go 1.26); the comment at
// each case gives the counts.

func loadVerdictProgram(t *testing.T, name string) *Program {
	t.Helper()
	src, err := os.ReadFile("testdata/verdicts/" + name + ".go")
	if err != nil {
		t.Fatal(err)
	}
	return compileT(t, string(src))
}

// TestOutcomesIncludeOutput: explore groups schedules by what they print,
// reaches every output real Go printed and no other, and reports the
// dependence on the schedule as a finding with its cause.
func TestOutcomesIncludeOutput(t *testing.T) {
	for _, c := range []struct {
		name  string
		want  []string // every stdout real Go printed
		cause string
	}{
		// P=1: 300× "worker 2\nworker 1"; P=2: 280× that, 20× "worker 1\nworker 2".
		{"output_print_order", []string{"worker 1\nworker 2\n", "worker 2\nworker 1\n"}, "goroutines 2 and 3 both print at prog.go:15, in either order"},
		// P=1: 300× "[2 1]"; P=2: 290× "[2 1]", 10× "[1 2]".
		{"output_lock_order", []string{"[1 2]\n", "[2 1]\n"}, "reach the Lock at prog.go:18"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := loadVerdictProgram(t, c.name)
			res := p.Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 500, PreemptionBound: -1})
			if res.FirstFailure != nil {
				t.Fatalf("failed: %s", res.Verdict)
			}
			var got []string
			total := 0
			for _, o := range res.Outcomes {
				got = append(got, o.Stdout)
				total += o.Count
				if o.Output == "" {
					t.Errorf("outcome %+v has no output label", o)
				}
			}
			sort.Strings(got)
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("outputs %q, real Go printed %q", got, c.want)
			}
			if total != res.Schedules {
				t.Errorf("outcome counts add up to %d, not %d schedules", total, res.Schedules)
			}
			if !res.OutputVaries || len(res.Findings) == 0 || res.Findings[0].Kind != FindingOutput {
				t.Fatalf("no output finding: %+v", res.Findings)
			}
			f := res.Findings[0]
			if !strings.HasPrefix(f.Message, "the output depends on the schedule: ") || !strings.Contains(f.Cause, c.cause) {
				t.Errorf("finding %q because %q; want the cause to say %q", f.Message, f.Cause, c.cause)
			}
		})
	}
}

// TestOutcomesSameOutput: a program that prints the same in every schedule
// has one outcome and no output finding.
func TestOutcomesSameOutput(t *testing.T) {
	p := compileT(t, `package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	n := 0
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			n++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(n)
}
`)
	res := p.Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 200, PreemptionBound: 1})
	if len(res.Outcomes) != 1 || res.Outcomes[0].Stdout != "3\n" || res.OutputVaries || len(res.Findings) != 0 {
		t.Errorf("outcomes %+v findings %+v", res.Outcomes, res.Findings)
	}
}

// TestOutputByGOMAXPROCS: when the outputs differ only with the GOMAXPROCS
// setting a run started with (vm.ChooseProcs), the finding says so and
// blames no schedule; when they also differ within one setting, the
// finding is the schedule's. (Real Go: gomaxprocs_sized_pool's golden in
// testdata/outcomes, "[0] 2" 300+0 and "[0 1] 2" 0+300.)
func TestOutputByGOMAXPROCS(t *testing.T) {
	src, err := os.ReadFile("testdata/outcomes/gomaxprocs_sized_pool.go")
	if err != nil {
		t.Fatal(err)
	}
	res := compileT(t, string(src)).Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 500, PreemptionBound: 1})
	if len(res.Findings) != 1 {
		t.Fatalf("findings %+v, want one", res.Findings)
	}
	f := res.Findings[0]
	want := `the output depends on GOMAXPROCS, not on the schedule: "[0 1] 2" with GOMAXPROCS 2 (`
	if f.Kind != FindingOutput || !strings.HasPrefix(f.Message, want) || !strings.Contains(f.Message, `"[0] 2" with GOMAXPROCS 1 (`) || f.Cause != "" {
		t.Errorf("finding %q because %q; want %q… and no cause", f.Message, f.Cause, want)
	}

	// Two workers print in either order, as many as GOMAXPROCS(0) says.
	res = compileT(t, `package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := range runtime.GOMAXPROCS(0) + 1 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(i)
		}()
	}
	wg.Wait()
}
`).Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 500, PreemptionBound: 1})
	if len(res.Findings) == 0 || !strings.HasPrefix(res.Findings[0].Message, "the output depends on the schedule: ") {
		t.Errorf("findings %+v, want the schedule's", res.Findings)
	}
}

// TestDeadlockExplanations: each kind of deadlock is explained in one
// sentence that names it and its sites. Real Go (300 runs at GOMAXPROCS=1
// and 2 each, Go 1.26) ends every one of these programs with "fatal error:
// all goroutines are asleep - deadlock!" and exit status 2; so does every
// schedule Interleave explores.
func TestDeadlockExplanations(t *testing.T) {
	for _, c := range []struct {
		name string
		want []string
		some bool // real Go deadlocks in some runs only
	}{
		// Real Go (rwmutex_recursive_rlock in testdata/outcomes): at
		// GOMAXPROCS=2, 159 of 300 runs deadlock, the others print.
		{"deadlock_rlock_behind_writer", []string{"goroutine 1 calls mu.RLock again at prog.go:24 while it holds a read lock (RLock at prog.go:21), and goroutine 2 waits in mu.Lock at prog.go:16"}, true},
		{"deadlock_lost_wakeup", []string{"Lost wakeup: goroutine 1 waits on `cond` at prog.go:18", "the Signal at prog.go:12 (goroutine 2) came before the Wait and woke nobody"}, false},
		{"deadlock_lost_broadcast", []string{"Lost wakeup: goroutine 3 waits on `ready` at prog.go:22", "the Broadcast at prog.go:12 (goroutine 2) came before the Wait"}, false},
		{"deadlock_lock_order", []string{"Lock-order inversion: ", "holds `a` (locked at prog.go:16) and waits for `b` at prog.go:18", "holds `b` (locked at prog.go:24) and waits for `a` at prog.go:26", "opposite orders"}, false},
		{"deadlock_waitgroup", []string{"goroutine 1 waits in wg.Wait at prog.go:18 for 1 more Done call (Add at prog.go:11)", "no goroutine can make it"}, false},
		{"deadlock_recv_no_sender", []string{"goroutine 1 waits to receive from `results` at prog.go:14", "no goroutine is left that could send on it: goroutine 2 (prog.go:10), which did, has exited"}, false},
		{"deadlock_send_no_receiver", []string{"goroutine 1 waits to send on `jobs` at prog.go:15", "no goroutine is left that could receive from it: goroutine 2 (prog.go:10)"}, false},
		{"deadlock_recursive_lock", []string{"goroutine 1 locks `c.mu` at prog.go:15 while it already holds it (locked at prog.go:21)", "not reentrant"}, false},
		{"deadlock_rlock_in_lock", []string{"goroutine 1 calls mu.RLock at prog.go:12 while it holds `mu` for writing (Lock at prog.go:18)"}, false},
		{"deadlock_lock_in_rlock", []string{"goroutine 1 calls mu.Lock at prog.go:11 while it holds a read lock on `mu` (RLock at prog.go:9)", "cannot be upgraded"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := loadVerdictProgram(t, c.name)
			res := p.Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 200, PreemptionBound: -1, StopAtFirst: c.some})
			if c.some {
				res.Failures = res.Schedules
			}
			if res.Failures != res.Schedules || res.FirstFailure == nil {
				t.Fatalf("%d of %d schedules failed; real Go deadlocks every time: %s", res.Failures, res.Schedules, res.Verdict)
			}
			for _, o := range res.Outcomes {
				if !c.some && (o.Kind != OutcomeDeadlock || o.ExitCode != 2) {
					t.Errorf("outcome %+v, want the deadlock", o)
				}
			}
			e := res.FirstFailure.Explanation
			for _, w := range c.want {
				if !strings.Contains(e, w) {
					t.Errorf("explanation %q\nlacks %q", e, w)
				}
			}
			if strings.Count(e, ". ") > 1 {
				t.Errorf("explanation is more than one sentence: %q", e)
			}
		})
	}
}

// TestProtection: a verdict with no failure says what protected each
// shared variable and map over every explored schedule, and what it does
// not cover. Real Go built with -race (40 runs at GOMAXPROCS=1 and 2 each)
// reports no race for the first three programs and a race on counter in
// every run of protect_racy.
func TestProtection(t *testing.T) {
	for _, c := range []struct {
		name, want string
	}{
		{"protect_lock", "every access to the map `c.data` held `c.mu`"},
		{"protect_atomic", "every access to `hits` was atomic"},
		{"protect_channel", "accesses to `result` from different goroutines were ordered by channel operations"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := loadVerdictProgram(t, c.name)
			res := p.Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 100, PreemptionBound: 1})
			if res.FirstFailure != nil || len(res.Findings) != 0 {
				t.Fatalf("%s; findings %+v", res.Verdict, res.Findings)
			}
			var msgs []string
			for _, pr := range res.Protection {
				msgs = append(msgs, pr.Message)
			}
			if !contains(msgs, c.want) {
				t.Errorf("protection %q lacks %q", msgs, c.want)
			}
			if len(res.NotCovered) == 0 || !strings.Contains(strings.Join(res.NotCovered, "\n"), "only racy accesses become scheduling points") {
				t.Errorf("not covered: %q", res.NotCovered)
			}
		})
	}
	t.Run("racy", func(t *testing.T) {
		p := loadVerdictProgram(t, "protect_racy")
		res := p.Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 200, PreemptionBound: -1})
		for _, pr := range res.Protection {
			if strings.Contains(pr.Message, "`counter`") {
				t.Errorf("a racy counter is said to be protected: %q", pr.Message)
			}
		}
		race := false
		for _, f := range res.Findings {
			race = race || f.Kind == FindingRace && strings.Contains(f.Message, "`counter`")
		}
		if !race {
			t.Errorf("no race finding on counter: %+v", res.Findings)
		}
	})
	t.Run("detector off", func(t *testing.T) {
		p := loadVerdictProgram(t, "protect_lock")
		res := p.Explore(ExploreOptions{Strategy: StrategyRandom, Runs: 20, NoRaceDetector: true})
		nc := strings.Join(res.NotCovered, "\n")
		if len(res.Protection) != 0 || !strings.Contains(nc, "the race detector was off") || !strings.Contains(nc, "20 random schedules are a sample") {
			t.Errorf("protection %+v, not covered %q", res.Protection, nc)
		}
	})
}
