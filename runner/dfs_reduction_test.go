package runner

import (
	"os"
	"path/filepath"
	"testing"

	"interleave/runner/sched"
)

// TestReductionKeepsOutcomes checks that dfs with partial-order reduction
// (DPOR and sleep sets) reaches, at each preemption bound, exactly the
// outcomes the plain bounded dfs reaches: the reduction may only skip
// reorderings of independent steps, never a schedule within the bound
// whose reordering needs more preemptions than the bound. The programs are
// outcome programs in which several goroutines are released at once and
// may go first for free (the sweep over all of testdata/outcomes takes
// twenty minutes; wg_wait_order lost "B A" at bound 0 before mayPut).
func TestReductionKeepsOutcomes(t *testing.T) {
	for _, name := range []string{
		"wg_wait_order", "cond_signal_order", "rwmutex_reader_order",
		"mutex_arrival_order", "timer_arrival_order", "close_wakes_all_receivers", "cond_broadcast",
	} {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", "outcomes", name+".go"))
			if err != nil {
				t.Skip(err) // a program renamed: the list needs updating
			}
			knobs, err := parseKnobs(string(src))
			if err != nil {
				t.Fatal(err)
			}
			p := compileT(t, string(src))
			// The visible accesses are learnt first and then fixed, so that
			// both searches see the same choice points.
			races := newRaceSearch(p, ExploreOptions{})
			opts := races.options(Options{MaxSteps: knobs.MaxSteps})
			rnd := &randomStrategy{seed: 1}
			for range 100 {
				c, _ := rnd.next()
				if races.learn(p.RunWith(opts, c)) {
					opts = races.options(opts)
				}
			}
			for bound := range 3 {
				plain, ex1 := dfsOutcomes(p, opts, bound, false, 3000)
				reduced, ex2 := dfsOutcomes(p, opts, bound, true, 3000)
				if !ex1 || !ex2 {
					continue // too large to compare exhaustively
				}
				for k := range plain {
					if !reduced[k] {
						t.Errorf("bound %d: reduced dfs never reaches %s, plain dfs does", bound, k)
					}
				}
				for k := range reduced {
					if !plain[k] {
						t.Errorf("bound %d: reduced dfs reaches %s, plain dfs does not", bound, k)
					}
				}
			}
		})
	}
}

// dfsOutcomes runs a bounded dfs to exhaustion (at most budget runs) and
// returns the outcomes of its schedules and whether it was exhausted.
func dfsOutcomes(p *Program, opts Options, bound int, reduce bool, budget int) (map[outcomeKey]bool, bool) {
	st := newDFSStrategy(bound, reduce)
	set := map[outcomeKey]bool{}
	for range budget {
		c, ok := st.next()
		if !ok {
			return set, true
		}
		res := p.drive(opts, c.(*sched.DFS))
		if st.done(res) == runPruned {
			continue
		}
		set[outcomeOf(res)] = true
	}
	return set, false
}
