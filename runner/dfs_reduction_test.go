package runner

import (
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"interleave/runner/sched"
)

// The reduction must keep outcomes: dfs with partial-order reduction (DPOR
// and sleep sets) reaches, at each preemption bound, every outcome the
// plain bounded dfs reaches. The reduction may skip reorderings of
// independent steps, never a schedule within the bound whose stand-in
// needs more preemptions than the bound, or one whose race it did not see.
//
// TestReductionKeepsOutcomes compares the two searches on a few programs
// every time; TestReductionSweep compares them on every program of
// testdata/outcomes, testdata/dfsorder and examples, when asked (an hour
// or more on a loaded machine; shard it and run the shards in turn):
//
//	INTERLEAVE_DFS_SWEEP=1 go test ./runner -run TestReductionSweep -v -timeout 0
//	INTERLEAVE_DFS_SWEEP=2/4 ...   # shard 2 of 4, by a hash of the name
//	INTERLEAVE_DFS_SWEEP_CAP=5000  # schedules per search (default 20,000)
//	INTERLEAVE_DFS_SWEEP_STEPS=1e9 # instructions per search (default 3·10^8)
//	INTERLEAVE_DFS_SWEEP_FILES=/tmp/try/*.go # these programs instead
//
// The step budget keeps the sweep's time per program bounded where a
// single run is long (outcomes/sort_slice_store_buffer: 5,000 rounds of
// spinning barriers per run): a search that has not ended within either
// limit is not compared. Both limits count deterministically, so a shard
// compares the same bounds every time.

// reductionPrograms are TestReductionKeepsOutcomes's programs, each small
// enough to search exhaustively in a second or two, and each one that the
// reduction once got wrong or that is built against one of its arguments:
// several goroutines released at once, free to go first (wg_wait_order lost
// "B A" at bound 0 before mayPut); a race whose reversal is free only above
// the node the run changed (dfsorder/prefix_fallback: bound 0 never read x
// before its store); a goroutine that blocks in the run's last step
// (deadlock_lock_order_or_exit: at bound 1 main never locked first); a
// race whose reversal needs the goroutine where the racing one preempted
// another (dfsorder/fallback_after_switch); a goroutine's os.Exit, once
// taken for a goroutine's quiet return (outcomes/println_cut_by_os_exit:
// at bound 1 the exit never cut main's println short); a clock read whose
// value depends on another goroutine's work (dfsorder/clock_read_order); a
// draw from the runtime's shared random generator (dfsorder/rand_draw_order);
// two goroutines that begin with an Unlock of a mutex locked once, the
// second one fatal before the first prints (mutex_unlock_twice_goroutines:
// lost at bounds 1 and 2 once a first step was described by its
// operation, until a fatal Unlock was dependent with everything); a step
// that Go's map writing-flag check fails, inside another goroutine's write
// window, before main's print (dfsorder/map_*_in_write_window, one per
// kind of check: lost at bound 2 until a write's first half was dependent
// with everything as the failing step is); the same shape with a fatal
// Unlock and RUnlock behind a gate (dfsorder/unlock_gated_twice,
// dfsorder/rwmutex_runlock_gated_twice: lost at bounds 1 and 2 with only
// the failing unlock dependent with everything); a plain copy of an
// RWMutex against another goroutine's RLock (rwmutex_copy_vs_rlock: at
// bounds 1 and 2 one schedule, never "false", until the copy's words were
// a write of the lock: RLock is described as its read).
var reductionPrograms = []string{
	"outcomes/wg_wait_order", "outcomes/cond_signal_order", "outcomes/rwmutex_reader_order",
	"outcomes/mutex_arrival_order", "outcomes/timer_arrival_order", "outcomes/close_wakes_all_receivers",
	"outcomes/cond_broadcast", "dfsorder/prefix_fallback", "outcomes/deadlock_lock_order_or_exit",
	"dfsorder/fallback_after_switch", "outcomes/println_cut_by_os_exit", "dfsorder/clock_read_order",
	"dfsorder/rand_draw_order", "outcomes/mutex_unlock_twice_goroutines",
	"dfsorder/map_read_in_write_window", "dfsorder/map_write_in_write_window",
	"dfsorder/map_range_in_write_window", "dfsorder/maps_clone_in_write_window",
	"dfsorder/map_reflect_in_write_window", "dfsorder/unlock_gated_twice",
	"dfsorder/rwmutex_runlock_gated_twice", "outcomes/rwmutex_copy_vs_rlock",
}

func TestReductionKeepsOutcomes(t *testing.T) {
	for _, name := range reductionPrograms {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", name+".go"))
			if err != nil {
				t.Fatal(err)
			}
			compareReduction(t, string(src), searchLimit{runs: 3000}, 100)
		})
	}
}

func TestReductionSweep(t *testing.T) {
	spec := os.Getenv("INTERLEAVE_DFS_SWEEP")
	if spec == "" {
		t.Skip("set INTERLEAVE_DFS_SWEEP=1 (or k/n for shard k of n) to run the sweep")
	}
	k, n := 1, 1
	if a, b, ok := strings.Cut(spec, "/"); ok {
		var err1, err2 error
		k, err1 = strconv.Atoi(a)
		n, err2 = strconv.Atoi(b)
		if err1 != nil || err2 != nil || k < 1 || k > n {
			t.Fatalf("INTERLEAVE_DFS_SWEEP=%q: want 1 or k/n", spec)
		}
	}
	limit := searchLimit{runs: 20_000, steps: 3e8}
	if s := os.Getenv("INTERLEAVE_DFS_SWEEP_CAP"); s != "" {
		var err error
		if limit.runs, err = strconv.Atoi(s); err != nil {
			t.Fatal(err)
		}
	}
	if s := os.Getenv("INTERLEAVE_DFS_SWEEP_STEPS"); s != "" {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatal(err)
		}
		limit.steps = int64(f)
	}
	for _, sp := range sweepPrograms(t) {
		h := fnv.New32a()
		h.Write([]byte(sp.name))
		if int(h.Sum32()%uint32(n)) != k-1 {
			continue
		}
		t.Run(sp.name, func(t *testing.T) { compareReduction(t, sp.src, limit, 200) })
	}
}

var mainPackage = regexp.MustCompile(`(?m)^package main$`)

// sweepProgram is one program of the sweep: its name and source.
type sweepProgram struct{ name, src string }

// sweepPrograms lists the sweep's programs, named dir/file
// (INTERLEAVE_DFS_SWEEP_FILES, a glob, replaces the default set).
func sweepPrograms(t *testing.T) []sweepProgram {
	var out []sweepProgram
	globs := []string{
		filepath.Join("testdata", "outcomes", "*.go"),
		filepath.Join("testdata", "dfsorder", "*.go"),
		filepath.Join("..", "examples", "*.go"),
	}
	if g := os.Getenv("INTERLEAVE_DFS_SWEEP_FILES"); g != "" {
		globs = []string{g}
	}
	for _, glob := range globs {
		files, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if !mainPackage.Match(src) {
				continue // examples.go and its test
			}
			name := filepath.Base(filepath.Dir(f)) + "/" + strings.TrimSuffix(filepath.Base(f), ".go")
			out = append(out, sweepProgram{name, string(src)})
		}
	}
	return out
}

// searchLimit bounds one dfs search of compareReduction: at most runs
// schedules (pruned runs included) and, when steps > 0, at most about
// steps VM instructions over all its runs.
type searchLimit struct {
	runs  int
	steps int64
}

func (l searchLimit) String() string {
	if l.steps > 0 {
		return fmt.Sprintf("%d runs or %.0e steps", l.runs, float64(l.steps))
	}
	return fmt.Sprintf("%d runs", l.runs)
}

// compareReduction explores src with plain and reduced dfs at bounds 0, 1
// and 2 (within limit each, with the racing accesses learnt in learn
// random and PCT runs) and fails when the reduced search misses an
// outcome the plain one reaches, or reaches one it does not. A bound
// whose plain search does not end within limit is not compared, nor any
// bound above it. It logs the schedule and outcome counts.
func compareReduction(t *testing.T, src string, limit searchLimit, learn int) {
	t.Helper()
	knobs, err := parseKnobs(src)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Compile(src)
	if err != nil {
		t.Skipf("compile: %v", err)
	}
	opts := fixedSites(p, Options{MaxSteps: knobs.MaxSteps}, learn, limit.steps)
	var counts []string
	for bound := range 3 {
		start := time.Now()
		plain, nPlain, ex1 := dfsOutcomes(p, opts, bound, false, limit)
		if !ex1 {
			counts = append(counts, fmt.Sprintf("b%d plain>%s (%d schedules)", bound, limit, nPlain))
			break
		}
		reduced, nReduced, ex2 := dfsOutcomes(p, opts, bound, true, limit)
		counts = append(counts, fmt.Sprintf("b%d %d/%d schedules %d/%d outcomes (%s)",
			bound, nReduced, nPlain, len(reduced), len(plain), time.Since(start).Round(time.Millisecond)))
		if !ex2 {
			t.Errorf("bound %d: reduced dfs did not end within %s, plain dfs in %d schedules", bound, limit, nPlain)
			continue
		}
		for _, k := range missing(plain, reduced) {
			t.Errorf("bound %d: reduced dfs (%d schedules) never reaches %s, plain dfs (%d) does", bound, nReduced, k, nPlain)
		}
		for _, k := range missing(reduced, plain) {
			t.Errorf("bound %d: reduced dfs reaches %s, plain dfs does not", bound, k)
		}
	}
	t.Logf("reduced/plain: %s", strings.Join(counts, "; "))
}

// missing lists, sorted, the outcomes of a that b lacks.
func missing(a, b map[outcomeKey]bool) []string {
	var out []string
	for k := range a {
		if !b[k] {
			out = append(out, k.String())
		}
	}
	sort.Strings(out)
	return out
}

// fixedSites learns the program's racing accesses from n random and PCT
// runs (fewer when they take more than steps instructions, if steps > 0)
// and returns run options with them visible, so that both searches see
// the same choice points.
func fixedSites(p *Program, opts Options, n int, steps int64) Options {
	races := newRaceSearch(p, ExploreOptions{})
	opts = races.options(opts)
	strategies := []strategy{&randomStrategy{seed: 1}, &pctStrategy{seed: 1, depth: 3}}
	var total int64
	for i := 0; i < n && (steps <= 0 || total < steps); i++ {
		c, _ := strategies[i%2].next()
		res := p.RunWith(opts, c)
		total += res.Steps
		if races.learn(res) {
			opts = races.options(opts)
		}
	}
	return opts
}

// dfsOutcomes runs a bounded dfs to exhaustion (within limit) and
// returns the outcomes of its schedules, how many schedules it ran (pruned
// runs not counted) and whether it was exhausted.
func dfsOutcomes(p *Program, opts Options, bound int, reduce bool, limit searchLimit) (map[outcomeKey]bool, int, bool) {
	st := newDFSStrategy(bound, reduce)
	set := map[outcomeKey]bool{}
	n := 0
	var steps int64
	for range limit.runs {
		if limit.steps > 0 && steps >= limit.steps {
			return set, n, false
		}
		c, ok := st.next()
		if !ok {
			return set, n, true
		}
		res := p.drive(opts, c.(*sched.DFS))
		steps += res.Steps
		if st.done(res) == runPruned {
			continue
		}
		n++
		set[outcomeOf(res)] = true
	}
	return set, n, false
}
