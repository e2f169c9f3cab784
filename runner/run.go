package runner

import (
	"encoding/json"
	"fmt"
	"go/format"
	"strings"
	"time"

	"interleave/runner/sched"
	"interleave/runner/vm"
)

// progressInterval spaces Options.Progress reports.
const progressInterval = 100 * time.Millisecond

// Run executes the program once under the seeded random scheduler, or
// replays opts.Schedule.
func (p *Program) Run(opts Options) *Result {
	var chooser vm.Chooser = sched.NewRandom(opts.Seed)
	var replay *sched.Replay
	if opts.Schedule != "" {
		picks, view, err := sched.DecodeView(opts.Schedule)
		if err != nil {
			return &Result{
				Stderr:   "interleave: --schedule: " + err.Error() + "\n",
				ExitCode: 1, // a usage error, like a bad flag
				Outcome:  Outcome{Kind: OutcomeInternal, Message: "invalid schedule token"},
			}
		}
		replay = sched.NewReplay(picks)
		chooser = replay
		// The token names the accesses that were scheduling points.
		opts.FineGrained = opts.FineGrained || view.Fine
		opts.sites = view.Sites
	}
	res := p.RunWith(opts, chooser)
	if replay != nil && replay.Mismatch {
		res.Stderr += "interleave: warning: the schedule token does not fit this program and options; the run diverged from it\n"
	}
	return res
}

// RunWith executes the program once with the given Chooser.
func (p *Program) RunWith(opts Options, chooser vm.Chooser) *Result {
	m := p.newMachine(opts, chooser)
	m.Run()
	return p.result(m, opts)
}

func (p *Program) newMachine(opts Options, chooser vm.Chooser) *vm.Machine {
	cfg := vm.Config{
		Chooser:   chooser,
		MaxSteps:  opts.MaxSteps,
		MaxOutput: opts.MaxOutput,
		MaxAlloc:  opts.MaxAlloc,
		Trace:     opts.Trace,
		MaxTrace:  opts.MaxTraceEvents,
		Race:      opts.Race,
		RaceQuiet: opts.raceQuiet,
		Guards:    opts.guards,
		View:      p.view(opts),
		Args:      append([]string{"/tmp/prog"}, opts.Args...),
	}
	if cfg.MaxSteps == 0 {
		cfg.MaxSteps = DefaultMaxSteps
	}
	if report := opts.Progress; report != nil {
		var last time.Time
		cfg.Progress = func(m *vm.Machine) {
			// Counting the goroutines is linear in them: at most every
			// progressInterval, the first time at once.
			now := time.Now()
			if now.Sub(last) < progressInterval {
				return
			}
			last = now
			alive := 0
			for _, g := range m.Goroutines() {
				if !g.Done() {
					alive++
				}
			}
			report(RunProgress{Steps: m.Steps(), Goroutines: alive, VirtualNS: m.Now()})
		}
	}
	if cfg.MaxOutput == 0 {
		cfg.MaxOutput = DefaultMaxOutput
	}
	if cfg.MaxAlloc == 0 {
		cfg.MaxAlloc = DefaultMaxAlloc
	}
	if len(opts.DisabledLocks) > 0 {
		cfg.DisabledLocks = map[int]bool{}
		for _, id := range opts.DisabledLocks {
			cfg.DisabledLocks[id] = true
		}
	}
	return p.vm.New(cfg)
}

// Schedule returns the token that replays this run exactly (Options.
// Schedule), encoding it the first time it is asked for. Like the rest of
// a Result, it is not safe for concurrent use until it has been called
// once.
func (r *Result) Schedule() string {
	if r.lazy {
		r.token = encodeToken(r.picks, r.view)
		r.picks, r.view, r.lazy = nil, nil, false
	}
	return r.token
}

// MarshalJSON encodes the Result with its token as "schedule".
func (r Result) MarshalJSON() ([]byte, error) {
	type fields Result // its fields without this method
	return json.Marshal(struct {
		*fields
		Schedule string `json:"schedule"` // token that replays this run exactly
	}{(*fields)(&r), r.Schedule()})
}

// result turns a finished machine into a Result.
func (p *Program) result(m *vm.Machine, opts Options) *Result {
	kind, msg := m.Outcome()
	if kind == "" {
		kind = OutcomeOK
	}
	res := &Result{
		Stdout:   m.Stdout(),
		Stderr:   m.Stderr(),
		ExitCode: m.ExitCode(),
		Outcome:  Outcome{Kind: kind, Message: msg},
		Steps:    m.Steps(),
		procs:    m.StartProcs(),
	}
	res.picks, res.view, res.lazy = m.Choices().Picks, m.View(), true
	for _, g := range m.Leaked() {
		res.Leaks = append(res.Leaks, goroutineInfo(g))
	}
	if opts.Trace {
		// Both lists at their exact sizes: a run of a million goroutines
		// has millions of events, and growing their copies by appending
		// kept the old arrays alive beside the new ones (in the page,
		// past wasm's 4 GB).
		gs, trace := m.Goroutines(), m.Trace()
		if len(gs) > 0 {
			res.Goroutines = make([]GoroutineInfo, 0, len(gs))
		}
		if len(trace) > 0 {
			res.Trace = make([]Event, 0, len(trace))
		}
		for _, g := range gs {
			res.Goroutines = append(res.Goroutines, goroutineInfo(g))
			if g.WaitReason() == "sync.WaitGroup.Wait" {
				if n, ok := m.WaitGroupCounter(g.WaitObj()); ok {
					if res.wgCounters == nil {
						res.wgCounters = map[int]int64{}
					}
					res.wgCounters[g.WaitObj()] = n
				}
			}
		}
		res.TraceDropped = m.TraceDropped()
		for _, e := range trace {
			res.Trace = append(res.Trace, Event{
				Step: e.Step, G: e.G, Op: e.Op, Obj: objName(e.Op, e.Block, e.Obj), Line: int(e.Line),
				Peer: e.Peer, Block: e.Block, End: e.End,
			})
		}
	}
	if res.Outcome.Failed() {
		res.Explanation = explain(m, res)
		// With a trace, name the goroutines, variables and lines instead
		// (a whole trace: the failure is the run's last event).
		if opts.Trace && res.TraceDropped == 0 {
			if e := p.ExplainRun(res, m.Preemptions()); e != "" {
				res.Explanation = e
			}
		}
	}
	raceResult(m, res)
	res.races = m.Races()
	res.guards = m.Guards()
	return res
}

func goroutineInfo(g *vm.Goroutine) GoroutineInfo {
	state := g.Status()
	if r := g.WaitReason(); r != "" {
		state = r
	}
	return GoroutineInfo{ID: g.ID, Func: g.Entry(), CreatedBy: int(g.CreatedBy), Line: int(g.CreatedLine()), State: state, WaitLine: g.Line()}
}

// objName names a traced object by the kind its operation (or, for a
// blocked goroutine, its wait reason) implies.
func objName(op, block string, id int) string {
	if id <= 0 {
		return ""
	}
	kind := "obj"
	switch {
	case op == "block" && strings.Contains(block, "Mutex"):
		kind = "mutex"
	case op == "block" && strings.Contains(block, "chan"):
		kind = "chan"
	case op == "block" && strings.Contains(block, "WaitGroup"):
		kind = "waitgroup"
	case strings.HasPrefix(op, "map"):
		kind = "map"
	case strings.HasPrefix(op, "chan"):
		kind = "chan"
	case op == "lock" || op == "unlock" || op == "rlock" || op == "runlock" || op == "trylock":
		kind = "mutex"
	case strings.HasPrefix(op, "wg"):
		kind = "waitgroup"
	case op == "atomic":
		kind = "var"
	}
	return fmt.Sprintf("%s#%d", kind, id)
}

// explain says in one sentence why a run failed; the exploration issue
// refines this with the trace.
func explain(m *vm.Machine, res *Result) string {
	switch res.Outcome.Kind {
	case OutcomeDeadlock:
		return "Every goroutine is blocked waiting for something only another blocked goroutine could provide, so Go stops the program."
	case OutcomeFatal:
		switch {
		case strings.Contains(res.Outcome.Message, "concurrent map"):
			return "Two goroutines used the same map at once without synchronisation; Go's map detected it and stopped the program."
		case strings.Contains(res.Outcome.Message, "unlock of unlocked"), strings.Contains(res.Outcome.Message, "Unlock of unlocked"):
			return "A mutex was unlocked when it was not locked."
		}
	case OutcomeLimit:
		return res.Outcome.Message
	}
	return ""
}

// Format formats Go source like gofmt.
func Format(src string) (string, error) {
	out, err := format.Source([]byte(src))
	if err != nil {
		return src, err
	}
	return string(out), nil
}
