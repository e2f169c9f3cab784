package runner

import (
	"fmt"
	"sort"
	"strings"

	"interleave/runner/sched"
	"interleave/runner/vm"
)

// raceResult finishes a run's result for the race detector. Like a binary
// built with -race, a run that found races and would have exited with
// status 0 prints "Found N data race(s)" and exits with status 66; a run
// that panicked or called os.Exit(N≠0) keeps its status and prints no
// summary (the reports themselves were printed when the races happened).
func raceResult(m *vm.Machine, res *Result) {
	n := m.RaceCount()
	if n == 0 || res.ExitCode != 0 || res.Outcome.Kind != OutcomeOK {
		return
	}
	found := fmt.Sprintf("Found %d data race(s)\n", n)
	res.Stderr += found
	res.ExitCode = 66
	summary := m.RaceSummary()
	res.Outcome = Outcome{Kind: OutcomeRace, Message: summary}
	res.Explanation = raceExplanation(summary, n)
}

// raceExplanation says in plain words what the first race was.
func raceExplanation(summary string, n int) string {
	// summary: "data race: read at prog.go:12, previous write at prog.go:9"
	s := strings.TrimPrefix(summary, "data race: ")
	cur, prev, ok := strings.Cut(s, ", previous ")
	if !ok {
		return "Two goroutines accessed the same memory without synchronisation, and at least one of them wrote it."
	}
	cur = strings.Replace(cur, " at prog.go:", " on line ", 1)
	prev = strings.Replace(prev, " at prog.go:", " on line ", 1)
	more := ""
	if n > 1 {
		more = fmt.Sprintf(" (%d races in all)", n)
	}
	return fmt.Sprintf("Two goroutines touched the same memory without synchronisation: a %s and an earlier %s, and nothing (lock, channel, WaitGroup, atomic) orders one before the other%s.", cur, prev, more)
}

// Race-directed exploration (RaceFuzzer, Sen PLDI 2008). Plain loads and
// stores are not scheduling points, so an exploration alone never
// interleaves two goroutines' counter++. But every run of an exploration
// watches for data races (silently, unless ExploreOptions.Race asks for
// -race's reports), and when it sees one, the two access sites become
// scheduling points in every later run (vm/visible.go): the exploration
// then reaches the lost update. dfs starts over when new sites appear, so
// its verdict covers them. The schedule token of a run names the sites
// that were visible in it, so it replays without the detector.

// RaceFinding is a data race seen while exploring.
type RaceFinding struct {
	Var      string `json:"var,omitempty"` // the location as the program writes it, e.g. "counter", "c.n"
	Lines    []int  `json:"lines"`         // the two accesses' lines in prog.go, ascending (0 if outside it)
	Message  string `json:"message"`       // e.g. "data race on `counter` (prog.go:12 and prog.go:12)"
	Schedule string `json:"schedule"`      // a schedule in which it happened
}

// raceSearch is an exploration's race-directed state.
type raceSearch struct {
	on    bool
	fine  []bool // when fine-grained, the sites that are visible anyway
	sites map[int]bool
	list  []int // sites, ascending
	seen  map[string]bool
	found []RaceFinding
}

func newRaceSearch(p *Program, opts ExploreOptions) *raceSearch {
	rs := &raceSearch{on: !opts.NoRaceDetector, sites: map[int]bool{}, seen: map[string]bool{}}
	if opts.FineGrained {
		for _, s := range p.vm.AccessSites() {
			rs.fine = append(rs.fine, s.Shared)
		}
	}
	return rs
}

// options returns the run options for the sites learnt so far.
func (rs *raceSearch) options(o Options) Options {
	if !rs.on {
		return o
	}
	o.raceQuiet = !o.Race
	o.sites = rs.list
	return o
}

// learn takes in the races of run r and reports whether they made new
// sites visible.
func (rs *raceSearch) learn(r *Result) bool {
	grew := false
	for _, x := range r.races {
		f := raceFinding(x, "")
		if !rs.seen[f.Message] {
			f.Schedule = r.Schedule() // encoded only for a new finding
			rs.seen[f.Message] = true
			rs.found = append(rs.found, f)
		}
		if !rs.on {
			continue
		}
		for _, s := range x.Sites {
			if s >= 0 && !rs.sites[s] && !(s < len(rs.fine) && rs.fine[s]) {
				rs.sites[s] = true
				grew = true
			}
		}
	}
	if grew {
		rs.list = rs.list[:0:0]
		for s := range rs.sites {
			rs.list = append(rs.list, s)
		}
		sort.Ints(rs.list)
	}
	return grew
}

func raceFinding(x vm.Race, schedule string) RaceFinding {
	f := RaceFinding{Var: x.Name, Schedule: schedule}
	var at []string
	for _, l := range x.Lines {
		f.Lines = append(f.Lines, int(l))
	}
	sort.Ints(f.Lines)
	for _, l := range f.Lines {
		if l > 0 {
			at = append(at, fmt.Sprintf("prog.go:%d", l))
		}
	}
	f.Message = "data race"
	if x.Name != "" {
		f.Message += " on `" + x.Name + "`"
	}
	if len(at) > 0 {
		f.Message += " (" + strings.Join(at, " and ") + ")"
	}
	return f
}

// report adds the races found to an exploration's result: the list, and
// a finding for each.
func (rs *raceSearch) report(res *ExploreResult) {
	res.Races, res.VisibleSites = rs.found, len(rs.list)
	for _, f := range rs.found {
		res.Findings = append(res.Findings, Finding{Kind: FindingRace, Message: f.Message})
	}
}

// withTokenView returns opts with the visible accesses a schedule token
// names (see sched.EncodeView), so that its picks replay.
func withTokenView(opts Options, token string) Options {
	if _, v, err := sched.DecodeView(token); err == nil && (v.Fine || len(v.Sites) > 0) {
		opts.FineGrained = opts.FineGrained || v.Fine
		opts.sites = v.Sites
	}
	return opts
}

// scheduleToken is the schedule token of machine m's run.
func scheduleToken(m *vm.Machine) string { return encodeToken(m.Choices().Picks, m.View()) }

// encodeToken encodes picks (vm.Choices.Picks) made under view v (nil: the
// default one).
func encodeToken(picks []byte, v *vm.View) string {
	if v != nil {
		return sched.EncodeView(picks, v.FineGrained(), v.Sites())
	}
	return sched.Encode(picks)
}

// view returns the view for the given options, shared by the runs that ask
// for the same one (an exploration asks for one view until it learns new
// sites).
func (p *Program) view(opts Options) *vm.View {
	if !opts.FineGrained && len(opts.sites) == 0 {
		return nil
	}
	key := fmt.Sprint(opts.FineGrained, opts.sites)
	p.viewMu.Lock()
	defer p.viewMu.Unlock()
	if v, ok := p.views[key]; ok {
		return v
	}
	if p.views == nil || len(p.views) >= 64 {
		p.views = map[string]*vm.View{}
	}
	v := p.vm.NewView(opts.FineGrained, opts.sites)
	p.views[key] = v
	return v
}
