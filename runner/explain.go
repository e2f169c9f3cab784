package runner

import (
	"fmt"
	"strings"

	"interleave/runner/sched"
	"interleave/runner/vm"
)

// Minimal is a failing schedule shrunk to few preemptions.
type Minimal struct {
	Schedule    string `json:"schedule"`
	Preemptions int    `json:"preemptions"`
}

// Minimisation budgets, counted in work and never in wall-clock time, so the
// minimal schedule of a failure is the same on every machine and under any
// load (a deadline made it depend on how busy the host was). The budgets are
// about a second of VM work in the page's wasm (a fraction of that natively):
// Stop in the page waits for the first failure's minimisation.
const (
	minimiseSteps   = 30_000_000 // instructions over all of Minimise's runs
	minimiseDFSRuns = 300        // per preemption bound
	minimiseGreedy  = 400        // attempts of the greedy pass
	shortenSteps    = 10_000_000 // instructions over all of shorten's runs
)

// stepBudget is a deterministic bound on the instructions a search may run.
type stepBudget struct{ left int64 }

func (b *stepBudget) spend(r *Result) { b.left -= r.Steps }
func (b *stepBudget) ok() bool        { return b.left > 0 }

// Minimise shrinks a failing schedule to one with as few preemptions as it
// can find that fails the same way: same outcome kind, same first line of
// stderr. It first searches systematically with preemption bounds 0, 1, 2 …
// below the schedule's own count (so a result found there is minimal up to
// the search budget), then falls back to a greedy pass that replaces one
// preemptive pick at a time by letting the running goroutine go on.
// Without a failure to keep it returns the schedule unchanged.
func (p *Program) Minimise(opts Options, token string) Minimal {
	picks, err := sched.Decode(token)
	if err != nil {
		return Minimal{Schedule: token}
	}
	opts = withTokenView(opts, token)
	opts.Trace, opts.Schedule = false, ""
	if opts.MaxSteps == 0 {
		opts.MaxSteps = ExploreMaxSteps
	}
	rec := &sched.Recorder{Inner: sched.NewReplay(picks)}
	orig := p.RunWith(opts, rec)
	best := Minimal{Schedule: token, Preemptions: sched.Preemptions(rec.Points)}
	if !orig.Outcome.Failed() || best.Preemptions == 0 {
		return best
	}
	want := orig.Outcome
	budget := &stepBudget{left: minimiseSteps}

	for k := 0; k < best.Preemptions && k <= dfsBoundCap && budget.ok(); k++ {
		d := sched.NewDFS(k, true)
		for runs := 0; runs < minimiseDFSRuns && budget.ok() && d.Next(); {
			r := p.drive(opts, d)
			budget.spend(r)
			pruned, pre := d.Done()
			if pruned {
				continue
			}
			runs++
			if r.Outcome == want {
				return p.shorten(opts, want, Minimal{Schedule: r.Schedule(), Preemptions: pre})
			}
		}
	}

	points := rec.Points
	for tries := 0; tries < minimiseGreedy && budget.ok(); {
		improved := false
		for i, pt := range points {
			if !pt.Preemptive() {
				continue
			}
			if tries++; tries > minimiseGreedy || !budget.ok() {
				break
			}
			g := guide(points)
			g.Gs[goroutineIndex(points, i)] = pt.Last
			rec := &sched.Recorder{Inner: g}
			r := p.RunWith(opts, rec)
			budget.spend(r)
			if n := sched.Preemptions(rec.Points); r.Outcome == want && n < best.Preemptions {
				best = Minimal{Schedule: r.Schedule(), Preemptions: n}
				points = rec.Points
				improved = true
				break
			}
		}
		if !improved {
			break
		}
	}
	return p.shorten(opts, want, best)
}

// shorten looks, for a failure that needs exactly one preemption, for the
// schedule that fails earliest: it follows the non-preemptive run and
// switches goroutines at each choice point in turn, from the first on. DFS
// tries late switches first, so without this the "minimal" schedule of the
// seed's crash is its last iteration, two thousand steps in, instead of
// its first.
func (p *Program) shorten(opts Options, want Outcome, best Minimal) Minimal {
	if best.Preemptions != 1 {
		return best
	}
	bestPicks, err := sched.Decode(best.Schedule)
	if err != nil {
		return best
	}
	budget := &stepBudget{left: shortenSteps}
	base := &sched.Recorder{Inner: nonPreemptive{}}
	budget.spend(p.RunWith(opts, base))
	var prefix []int
	for _, pt := range base.Points {
		if len(prefix)+1 >= len(bestPicks) || !budget.ok() {
			break
		}
		if pt.Kind == vm.ChooseGoroutine {
			for alt := 0; alt < pt.N; alt++ {
				if alt == pt.Pick {
					continue
				}
				try := append(append([]int(nil), prefix...), alt)
				r := p.RunWith(opts, &sched.Prefix{Picks: try, Then: nonPreemptive{}})
				budget.spend(r)
				if r.Outcome == want {
					return Minimal{Schedule: r.Schedule(), Preemptions: 1}
				}
			}
		}
		prefix = append(prefix, pt.Pick)
	}
	return best
}

// nonPreemptive keeps running the goroutine that ran last while it can,
// and otherwise takes the first option.
type nonPreemptive struct{}

func (nonPreemptive) Choose(cp *vm.ChoicePoint) int {
	if cp.Kind == vm.ChooseGoroutine && cp.Last >= 0 {
		return cp.Last
	}
	return 0
}

// guide turns recorded points into a Guided chooser that repeats them.
func guide(points []sched.Point) *sched.Guided {
	g := &sched.Guided{}
	for _, pt := range points {
		if pt.Kind == vm.ChooseGoroutine {
			g.Gs = append(g.Gs, pt.G)
		} else {
			g.Other = append(g.Other, pt.Pick)
		}
	}
	return g
}

// goroutineIndex is the position of points[i] among the goroutine choices.
func goroutineIndex(points []sched.Point, i int) int {
	n := 0
	for _, pt := range points[:i] {
		if pt.Kind == vm.ChooseGoroutine {
			n++
		}
	}
	return n
}

// Preemptions counts the context switches of a schedule token: choices that
// switched away from a goroutine that could have gone on.
func (p *Program) Preemptions(opts Options, token string) int {
	picks, err := sched.Decode(token)
	if err != nil {
		return 0
	}
	opts = withTokenView(opts, token)
	opts.Trace, opts.Schedule = false, ""
	rec := &sched.Recorder{Inner: sched.NewReplay(picks)}
	p.RunWith(opts, rec)
	return sched.Preemptions(rec.Points)
}

// ExplainRun says in one sentence why a traced run failed, naming
// goroutines, variables and lines: who touched the map while whom was
// writing it, or the cycle of goroutines waiting for each other's locks.
// switches is the number of context switches the run needed. It returns
// "" when the run has no trace or nothing more specific than its outcome
// can be said.
func (p *Program) ExplainRun(res *Result, switches int) string {
	if len(res.Trace) == 0 {
		return ""
	}
	switch res.Outcome.Kind {
	case OutcomeFatal:
		if strings.Contains(res.Outcome.Message, "concurrent map") {
			if s := p.explainMap(res.Trace); s != "" {
				return fmt.Sprintf("%s (%d %s).", s, switches, plural(switches, "context switch", "context switches"))
			}
		}
	case OutcomeDeadlock:
		return p.explainDeadlock(res)
	}
	return ""
}

// explainMap finds the map access that crashed and the write it ran into.
func (p *Program) explainMap(trace []Event) string {
	fail := -1
	for i := len(trace) - 1; i >= 0; i-- {
		if strings.HasPrefix(trace[i].Op, "map.") {
			fail = i
			break
		}
	}
	if fail < 0 {
		return ""
	}
	e := trace[fail]
	// Replay the write windows on the map up to the failing access.
	open := map[int]Event{} // goroutine → start of its open write window
	var lastEnd *Event      // the latest write that ended, for a writer whose window was broken
	for i := 0; i < fail; i++ {
		x := trace[i]
		if x.Obj != e.Obj || !isMapWrite(x.Op) {
			continue
		}
		if x.End {
			delete(open, x.G)
			if x.G != e.G {
				xx := x
				lastEnd = &xx
			}
		} else {
			open[x.G] = x
		}
	}
	var other *Event
	for g, w := range open {
		if g != e.G && (other == nil || w.Step > other.Step) {
			ww := w
			other = &ww
		}
	}
	name := func(ev Event) string { return p.mapName(ev.Line, ev.Op) }
	switch {
	case other != nil:
		verb := map[string]string{"map.read": "read", "map.iter": "iterated over", "map.delete": "deleted from", "map.clear": "cleared"}[e.Op]
		if verb == "" {
			verb = "wrote"
		}
		v := name(e)
		if v == "" {
			v = name(*other)
		}
		return fmt.Sprintf("goroutine %d %s %s at %s:%d while goroutine %d was writing it at %s:%d",
			e.G, verb, quoteVar(v), FileName, e.Line, other.G, FileName, other.Line)
	case e.End && lastEnd != nil:
		v := name(e)
		if v == "" {
			v = name(*lastEnd)
		}
		return fmt.Sprintf("goroutine %d was writing %s at %s:%d when goroutine %d wrote it at %s:%d",
			e.G, quoteVar(v), FileName, e.Line, lastEnd.G, FileName, lastEnd.Line)
	}
	return ""
}

func isMapWrite(op string) bool {
	return op == "map.write" || op == "map.delete" || op == "map.clear"
}

func quoteVar(v string) string {
	if v == "" {
		return "the map"
	}
	return "`" + v + "`"
}

// mapName recovers the map expression a line indexes, deletes from or
// ranges over, from the source text: traces know objects, not names.
func (p *Program) mapName(line int, op string) string {
	text := p.sourceLine(line)
	if i := strings.Index(text, "//"); i >= 0 {
		text = text[:i]
	}
	text = blankStrings(text)
	if name := operandAfter(text, "delete("); name != "" {
		return name
	}
	if name := operandAfter(text, "clear("); name != "" {
		return name
	}
	if op == "map.iter" {
		if name := operandAfter(text, "range "); name != "" {
			return name
		}
	}
	// An operation through reflect: reflect.ValueOf(m).SetMapIndex(…).
	if name := operandAfter(text, "reflect.ValueOf("); name != "" {
		return name
	}
	return indexedName(text)
}

func isIdentByte(c byte, first bool) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || !first && ('0' <= c && c <= '9' || c == '.')
}

// blankStrings empties string literals so their contents are not mistaken
// for code.
func blankStrings(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		q := s[i]
		if q != '"' && q != '`' {
			b.WriteByte(q)
			continue
		}
		j := i + 1
		for j < len(s) && s[j] != q {
			if q == '"' && s[j] == '\\' {
				j++
			}
			j++
		}
		b.WriteString(`""`)
		i = j
	}
	return b.String()
}

// operandAfter returns the identifier (a.b.c) that follows word, where
// word starts at an identifier boundary, skipping spaces.
func operandAfter(s, word string) string {
	for i := 0; ; {
		k := strings.Index(s[i:], word)
		if k < 0 {
			return ""
		}
		k += i
		i = k + len(word)
		if k > 0 && isIdentByte(s[k-1], false) {
			continue
		}
		j := i
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if name := identAt(s, j); name != "" {
			return name
		}
	}
}

// indexedName returns the first identifier chain followed by '['.
func indexedName(s string) string {
	for i := 0; i < len(s); i++ {
		if !isIdentByte(s[i], true) || i > 0 && isIdentByte(s[i-1], false) {
			continue
		}
		name := identAt(s, i)
		j := i + len(name)
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if j < len(s) && s[j] == '[' {
			return name
		}
		i += len(name) - 1
	}
	return ""
}

func identAt(s string, i int) string {
	if i >= len(s) || !isIdentByte(s[i], true) {
		return ""
	}
	j := i + 1
	for j < len(s) && isIdentByte(s[j], false) {
		j++
	}
	return s[i:j]
}

func (p *Program) sourceLine(line int) string {
	lines := strings.Split(p.src, "\n")
	if line < 1 || line > len(lines) {
		return ""
	}
	return lines[line-1]
}
