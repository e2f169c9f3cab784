package runner

import (
	"fmt"
	"sort"
	"time"

	"interleave/runner/sched"
	"interleave/runner/vm"
)

// Exploration runs one compiled program under many schedules and reports
// what happened: how often each outcome occurred and, for the first
// failure, a minimal schedule that reproduces it and a sentence on why.

// ExploreMaxSteps is the instruction budget of each run of an exploration:
// far beyond what a teaching program needs, small enough that a runaway
// schedule cannot eat the whole time budget.
const ExploreMaxSteps = 50_000_000

// dfsBoundCap is where iterative preemption bounding stops raising the
// bound: almost every concurrency bug in the wild needs at most 3
// preemptions (Musuvathi & Qadeer, PLDI 2007).
const dfsBoundCap = 3

// Strategy names.
const (
	StrategyRandom = "random"
	StrategyPCT    = "pct"
	StrategyDFS    = "dfs"
)

// runKind classifies a run of an exploration.
type runKind int

const (
	runNew    runKind = iota // a schedule not seen before: it counts
	runRepeat                // dfs with a raised bound re-running a schedule of a lower bound
	runPruned                // cut short by partial-order reduction
)

// strategy hands out the Chooser of each run and learns from its result.
type strategy interface {
	next() (vm.Chooser, bool)
	done(res *Result) runKind
}

// Explore runs the program under many schedules with the chosen strategy
// and summarises the outcomes. It never panics on a bad program: every run
// is an ordinary Run with its own machine.
func (p *Program) Explore(opts ExploreOptions) *ExploreResult {
	start := time.Now()
	if opts.Strategy == "" {
		opts.Strategy = StrategyRandom
	}
	res := &ExploreResult{Strategy: opts.Strategy, Outcomes: []OutcomeCount{}, Findings: []Finding{}, Protection: []Protection{}, NotCovered: []string{}}
	var st strategy
	switch opts.Strategy {
	case StrategyRandom:
		st = &randomStrategy{seed: opts.Seed}
	case StrategyPCT:
		d := opts.Depth
		if d <= 0 {
			d = 3
		}
		st = &pctStrategy{seed: opts.Seed, depth: d}
	case StrategyDFS:
		d := newDFSStrategy(opts.PreemptionBound, true)
		if opts.RaiseBound && opts.PreemptionBound >= 0 {
			d = newDFSStrategyUpTo(opts.PreemptionBound, true)
		}
		// dfs splits its tree across goroutines (dfssplit.go), or
		// across remotes while this goroutine searches too (dfsremote.go).
		if len(opts.Remotes) == 0 {
			d.pool = newDFSPool(p, exploreWorkers(opts), opts.Stop)
		} else {
			d.pool = newDFSRemotePool(p, opts.Remotes, opts.Stop)
		}
		defer d.pool.close()
		d.search = &dfsSearch{p: p, pool: d.pool, d: d.d}
		st = d
	default:
		res.Verdict = fmt.Sprintf("unknown strategy %q (use random, pct or dfs)", opts.Strategy)
		return res
	}
	races := newRaceSearch(p, opts)
	runOpts := races.options(Options{Race: opts.Race, DisabledLocks: opts.DisabledLocks, MaxSteps: ExploreMaxSteps, FineGrained: opts.FineGrained})
	runOpts.guards = runOpts.Race || runOpts.raceQuiet
	prot := newProtectionTable(p)
	firstOpts := runOpts
	// Random and pct schedules run ahead on every core (parallel.go).
	spec := newSpeculator(p, st, exploreWorkers(opts), opts.Remotes)
	defer spec.close()
	if spec != nil {
		spec.stop = opts.Stop
	}
	budget := opts.Runs
	if budget <= 0 {
		budget = DefaultRuns
	}
	every := opts.ProgressEvery
	if every <= 0 {
		every = 100
	}
	var deadline time.Time
	if opts.TimeLimitMS > 0 {
		deadline = start.Add(time.Duration(opts.TimeLimitMS) * time.Millisecond)
	}
	table := newOutcomeTable()
	var first *Result
	firstAt := 0
	runs, executed := 0, 0
	stop := "budget reached"
	lastReport := start
	progress := func() bool {
		if opts.Progress == nil {
			return true
		}
		res.ElapsedMS, res.SchedulesPerSec = rate(start, res.Schedules)
		outcomes := append([]OutcomeCount(nil), res.Outcomes...)
		labelOutputs(outcomes)
		return opts.Progress(ExploreProgress{
			Schedules: res.Schedules, Failures: res.Failures, ElapsedMS: res.ElapsedMS,
			SchedulesPerSec: res.SchedulesPerSec, PreemptionBound: boundOf(st),
			Outcomes: outcomes,
		})
	}
	for {
		if runs >= budget || executed >= 20*budget {
			break
		}
		if !deadline.IsZero() && time.Now().After(deadline) {
			stop = "time limit reached"
			break
		}
		if closed(opts.Stop) {
			res.Cancelled, stop = true, "cancelled"
			break
		}
		var key runKey
		if spec != nil {
			key = spec.st.ahead(0)
		}
		chooser, ok := st.next()
		if !ok {
			stop = ""
			break
		}
		var r *Result
		if d, ok := st.(*dfsStrategy); ok {
			d.search.left = dfsLeft{runs: budget - runs, executed: 20*budget - executed}
			if r = d.search.run(runOpts); r == nil {
				res.Cancelled, stop = true, "cancelled" // Stop, while waiting for a worker
				break
			}
		} else if spec != nil {
			spec.left = budget - runs - 1
			if r = spec.run(key, runOpts, chooser); r == nil {
				res.Cancelled, stop = true, "cancelled" // Stop, while waiting for the run
				break
			}
		} else {
			r = p.RunWith(runOpts, chooser)
		}
		executed++
		kind := st.done(r)
		if kind != runPruned {
			runs++
		}
		if kind == runNew {
			if opts.observe != nil {
				opts.observe(r)
			}
			res.Schedules++
			table.add(res, r)
			prot.add(r.guards)
			if r.Outcome.Failed() {
				res.Failures++
				if first == nil {
					first, firstAt, firstOpts = r, res.Schedules, runOpts
					res.FoundUS = time.Since(start).Microseconds()
				}
				if opts.StopAtFirst {
					stop = "stopped at the first failure"
					break
				}
			}
		}
		if races.learn(r) {
			// New racy sites: later runs make them scheduling points, and
			// dfs starts over so that its verdict covers them.
			runOpts = races.options(runOpts)
			if d, ok := st.(*dfsStrategy); ok {
				st = d.restart()
				d.search.close()
				res.Restarts++
			}
		}
		due := executed%every == 0
		if opts.ProgressMS > 0 {
			due = false
			if now := time.Now(); now.Sub(lastReport) >= time.Duration(opts.ProgressMS)*time.Millisecond {
				due, lastReport = true, now
			}
		}
		if due && !progress() {
			res.Cancelled = true
			stop = "cancelled"
			break
		}
	}
	spec.close() // before the first failure is minimised: nothing runs ahead meanwhile
	if spec != nil {
		res.RemoteRuns = int(spec.remote.Load())
	}
	if d, ok := st.(*dfsStrategy); ok {
		d.search.close()
		d.pool.close()
		if d.pool != nil {
			res.RemoteRuns = int(d.pool.remoteRuns.Load())
		}
	}
	sort.SliceStable(res.Outcomes, func(i, j int) bool { return res.Outcomes[i].Count > res.Outcomes[j].Count })
	if d, ok := st.(*dfsStrategy); ok {
		res.PreemptionBound = d.bound
		res.Exhausted = stop == "" && d.covered >= 0
		if res.Exhausted {
			res.PreemptionBound = d.covered
		}
	}
	if first != nil {
		first.Schedule()
		res.FirstFailure = p.failure(firstOpts, first, !opts.NoFailureTrace)
	}
	p.outputFindings(runOpts, res)
	races.report(res)
	if first == nil && !res.Cancelled {
		res.Protection = prot.report()
	}
	if first == nil {
		res.NotCovered = notCovered(res, st, opts, runOpts, stop, prot)
	}
	res.ElapsedMS, res.SchedulesPerSec = rate(start, res.Schedules)
	res.Verdict = verdict(res, st, first, firstAt, stop)
	return res
}

// closed reports whether c is closed (a nil c never is).
func closed(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

func rate(start time.Time, n int) (int64, float64) {
	el := time.Since(start)
	ps := 0.0
	if el > 0 {
		ps = float64(n) / el.Seconds()
	}
	return el.Milliseconds(), ps
}

func boundOf(st strategy) int {
	if d, ok := st.(*dfsStrategy); ok {
		return d.bound
	}
	return 0
}

// verdict says in one sentence what the exploration established. A dfs
// verdict counts the schedules run since the search's latest restart: Go's
// own (the natural run, before any restart) when it differed from the
// tree's first, and the tree's. "all" is the tree's claim; the tree holds
// an equivalent of Go's schedule too, which costs no preemption.
func verdict(res *ExploreResult, st strategy, first *Result, firstAt int, stop string) string {
	if first != nil {
		return fmt.Sprintf("found %s in schedule %d of %d", first.Outcome.Message, firstAt, res.Schedules)
	}
	n := res.Schedules
	if d, ok := st.(*dfsStrategy); ok {
		n = d.schedules // since its latest restart
	}
	noun := plural(n, "interleaving", "interleavings")
	if d, ok := st.(*dfsStrategy); ok {
		if res.Exhausted {
			if d.whole {
				return fmt.Sprintf("no failure in all %d %s", n, noun)
			}
			return fmt.Sprintf("no failure in all %d %s with ≤ %d %s", n, noun, d.covered, plural(d.covered, "preemption", "preemptions"))
		}
		if d.covered >= 0 && stop != "" {
			return fmt.Sprintf("no failure in %d %s (not exhaustive: %s; all with ≤ %d %s were covered)", n, noun, stop, d.covered, plural(d.covered, "preemption", "preemptions"))
		}
	}
	if stop == "" {
		stop = "budget reached"
	}
	return fmt.Sprintf("no failure in %d %s (not exhaustive: %s)", n, noun, stop)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// failure completes the first failing run: its trace, a minimal schedule
// that fails the same way, and an explanation.
func (p *Program) failure(opts Options, r *Result, withTrace bool) *Failure {
	f := &Failure{Schedule: r.Schedule(), Stdout: r.Stdout, Stderr: r.Stderr, ExitCode: r.ExitCode, Explanation: r.Explanation}
	min := p.Minimise(opts, r.Schedule())
	f.MinimalSchedule, f.Preemptions = min.Schedule, min.Preemptions
	traced := opts
	traced.Trace, traced.Schedule = true, r.Schedule()
	var tr *Result
	if withTrace || min.Schedule == r.Schedule() {
		tr = p.Run(traced)
		if withTrace {
			f.Trace, f.Goroutines = tr.Trace, tr.Goroutines
		}
	}
	// The explanation comes from the minimal schedule: the same failure
	// with the fewest context switches is the one worth telling.
	if min.Schedule != r.Schedule() {
		traced.Schedule = min.Schedule
		tr = p.Run(traced)
	}
	if e := p.ExplainRun(tr, min.Preemptions); e != "" {
		f.Explanation = e
	}
	return f
}

// randomStrategy runs seed, seed+1, … under the random scheduler.
type randomStrategy struct {
	seed int64
	i    int64
}

func (s *randomStrategy) next() (vm.Chooser, bool) {
	c := sched.NewRandom(s.seed + s.i)
	s.i++
	return c, true
}

func (s *randomStrategy) done(*Result) runKind { return runNew }

// pctStrategy runs PCT with seeds seed, seed+1, …, estimating the run
// length k from the longest run so far.
type pctStrategy struct {
	seed  int64
	i     int64
	depth int
	k     int
	cur   *sched.PCT

	adopted    int // steps of the latest run, made by another worker (adopt)
	hasAdopted bool
}

func (s *pctStrategy) next() (vm.Chooser, bool) {
	s.cur = sched.NewPCT(s.seed+s.i, s.depth, s.kNext())
	s.i++
	return s.cur, true
}

// kNext is the estimate k of the next run.
func (s *pctStrategy) kNext() int {
	if s.k == 0 {
		return 64 // a first guess; the first run measures the real length
	}
	return s.k
}

func (s *pctStrategy) done(*Result) runKind {
	steps := s.cur.Steps()
	if s.hasAdopted {
		steps, s.hasAdopted = s.adopted, false
	}
	s.k = max(s.k, steps)
	return runNew
}

// dfsStrategy runs a bounded DFS; with a negative bound it raises the
// bound 0, 1, 2 … (iterative context bounding) up to dfsBoundCap, each
// round re-running the schedules of the lower bounds without counting
// them again.
type dfsStrategy struct {
	d         *sched.DFS
	bound     int
	iterative bool
	reduce    bool
	covered   int  // highest bound whose space was fully explored, or -1
	whole     bool // the whole space, without any bound, was explored
	Diverged  bool
	schedules int // new schedules run
	bound0    int // the bound asked for
	maxBound  int // where iterative bounding stops raising the bound

	pool   *dfsPool   // workers that search forked subtrees, or nil
	search *dfsSearch // drives d's runs

	// Every exploration runs Go's own schedule first, once (the natural
	// run, sched.DFS.FirstNatural); the tree's first schedule is compared
	// with it (cmpNatural) and counts only when it differs.
	naturalToken string
	cmpNatural   bool
}

func newDFSStrategy(bound int, reduce bool) *dfsStrategy {
	s := &dfsStrategy{bound: bound, reduce: reduce, covered: -1, bound0: bound, maxBound: dfsBoundCap}
	if bound < 0 {
		s.iterative, s.bound = true, 0
	}
	s.d = sched.NewDFS(s.bound, reduce)
	s.d.FirstNatural = true
	s.search = &dfsSearch{d: s.d} // Explore gives it the program and workers
	return s
}

// newDFSStrategyUpTo is the iterative dfs (bounds 0, 1, … in turn) that
// stops raising the bound at maxBound: the schedules with fewest
// preemptions, the likeliest in Go, come first within a run budget.
func newDFSStrategyUpTo(maxBound int, reduce bool) *dfsStrategy {
	s := newDFSStrategy(-1, reduce)
	s.bound0, s.maxBound = maxBound, maxBound
	return s
}

func (s *dfsStrategy) next() (vm.Chooser, bool) {
	for !s.d.Next() {
		s.covered = s.bound
		s.Diverged = s.Diverged || s.d.Diverged
		if !s.d.BoundHit {
			s.whole = true
			return nil, false
		}
		if !s.iterative || s.bound >= s.maxBound {
			return nil, false
		}
		s.bound++
		s.d = sched.NewDFS(s.bound, s.reduce)
		if s.search != nil {
			s.search.close()
			s.search = &dfsSearch{p: s.search.p, pool: s.pool, d: s.d}
		}
	}
	return s.d, true
}

func (s *dfsStrategy) done(r *Result) runKind {
	natural := s.d.NaturalRun()
	pruned, pre := s.search.done()
	switch {
	case pruned:
		return runPruned
	case natural:
		s.naturalToken, s.cmpNatural = r.Schedule(), true
	case s.cmpNatural:
		// The tree's first schedule is Go's own whenever the lowest
		// goroutine is the one Go runs next at every free choice (most
		// programs with one or two goroutines): one schedule, counted
		// once.
		s.cmpNatural = false
		if r.Schedule() == s.naturalToken {
			return runRepeat
		}
	case s.iterative && pre < s.bound:
		return runRepeat
	}
	s.schedules++
	return runNew
}

// restart begins the search again, for a program whose scheduling points
// changed (race-directed exploration made new accesses visible): the
// schedules run so far do not cover the new choices.
func (s *dfsStrategy) restart() *dfsStrategy {
	n := newDFSStrategy(s.bound0, s.reduce)
	if s.iterative && s.bound0 >= 0 {
		n = newDFSStrategyUpTo(s.maxBound, s.reduce)
	}
	n.d.FirstNatural = false // the exploration ran Go's own schedule already
	n.Diverged = s.Diverged
	n.pool = s.pool
	n.search = &dfsSearch{p: s.search.p, pool: s.pool, d: n.d}
	return n
}

// drive runs the program once under a DFS, offering it every step —
// including those with a single runnable goroutine, which Run decides
// without asking — and telling it which steps started goroutines. The
// choices are recorded exactly as Run records them, so the Result's
// schedule token replays the run with Run.
func (p *Program) drive(opts Options, d *sched.DFS) *Result {
	m := p.newMachine(opts, d)
	natural := d.NaturalRun()
	if natural {
		m.TrackRunOrder() // for cp.Natural
	}
	m.StartManual()
	last := 1
	var run []vm.Option // one buffer for every step's options: the DFS copies what it keeps
	func() {
		defer func() {
			if r := recover(); r != nil && !sched.IsPruned(r) {
				panic(r)
			}
		}()
		for !m.Done() && !d.Pruned() {
			if d.Replaying() {
				// As in an earlier run: only the pick is described.
				p := d.ReplayPick()
				o, n := m.RunnableAt(p)
				if n == 0 {
					break
				}
				pick := d.ReplayChoose(n)
				if pick != min(p, n-1) {
					o, _ = m.RunnableAt(pick)
				}
				d.ReplayTook(o)
				last = o.G
			} else {
				run = m.AppendRunnable(run[:0])
				if len(run) == 0 {
					break
				}
				cp := &vm.ChoicePoint{Kind: vm.ChooseGoroutine, N: len(run), Options: run, Last: -1, Yielded: -1, Natural: -1}
				for i, o := range run {
					if o.G != last {
						continue
					}
					if m.Yielded() {
						cp.Yielded = i // after a Gosched: no preemption either way
						cp.YieldGoesOn = m.FreeSwitch()
					} else {
						cp.Last = i
					}
				}
				if natural {
					cp.Natural = m.Natural(run, cp.Last)
				}
				blockedTo(m, d)
				last = run[d.Choose(cp)].G
			}
			n, timers, ambient, merged := len(m.Goroutines()), m.TimerEvents(), m.AmbientUses(), m.MergedSteps()
			m.StepChoice(last)
			var created []int
			for _, g := range m.Goroutines()[n:] {
				created = append(created, g.ID)
			}
			// A timer that fired (or was held) after the step changed state
			// the step's operation does not show, and a step that read the
			// clock, set a deadline from it or drew from the runtime's
			// random generator got what the steps before it made of that
			// (AmbientUses): treat the step as touching everything, so DPOR
			// reorders it with every step and no sleep set outlives it
			// (dfsorder/clock_read_order, dfsorder/rand_draw_order). So is
			// a step a goroutine running ahead went on from, with no choice,
			// to more polls than its option shows (fair.go).
			d.Stepped(len(created) > 0 || m.TimerEvents() != timers || m.AmbientUses() != ambient || m.MergedSteps() != merged, created)
		}
		if out, _ := m.Outcome(); out == "deadlock" {
			// What the goroutines wait for races too, though no choice
			// point is left to check it at (Done does).
			blockedTo(m, d)
		}
	}()
	return p.result(m, opts)
}

// blockedTo tells d what m's blocked goroutines wait for (Block), when DPOR
// looks for races there (WantsBlocked).
func blockedTo(m *vm.Machine, d *sched.DFS) {
	if !d.WantsBlocked() {
		return
	}
	for _, g := range m.Goroutines() {
		if g.Status() == "blocked" {
			obj := g.WaitObj()
			if obj == 0 || g.WaitReason() == "select" {
				obj = -1
			}
			d.Block(vm.Option{G: g.ID, Op: "wait", Obj: obj, Write: true})
		}
	}
}
