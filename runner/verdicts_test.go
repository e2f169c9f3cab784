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
