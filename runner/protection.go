package runner

import (
	"fmt"
	"sort"
	"strings"

	"interleave/runner/vm"
)

// Why a verdict holds. Every run of an exploration (with the race detector
// on, as by default) reports, for each location more than one goroutine
// touched, the locks held at every access once it was shared, what
// synchronisation ordered the accesses of different goroutines, and
// whether any access raced (vm/guard.go). The exploration merges them by
// the location's name over every schedule it ran and says, for each shared
// variable and map, what protected it: "every access to `c.data` held
// `c.mu`", "every access to `ready` was atomic", "accesses to `results`
// from different goroutines were ordered by channel operations". A
// location that raced is not listed: its race is a finding.

// protEntry is one named location over the exploration.
type protEntry struct {
	name   string
	isMap  bool
	locks  map[string]bool // lock names held at every shared access, in every run
	read   map[string]bool // locks some access held only for reading
	via    uint8
	atomic bool
	writes bool
	raced  bool
}

type protectionTable struct {
	p       *Program
	entries map[string]*protEntry
	order   []string
	unnamed int // shared locations the runs could not name
	runs    int
	names   map[[2]int32]string // (kind, line) → name: every run asks again
}

func newProtectionTable(p *Program) *protectionTable {
	return &protectionTable{p: p, entries: map[string]*protEntry{}, names: map[[2]int32]string{}}
}

// add merges one run's guards.
func (t *protectionTable) add(gs []vm.Guard) {
	t.runs++
	unnamed := 0
	for _, g := range gs {
		name := g.Name
		switch {
		case g.Map:
			name = t.name(0, g.Line)
		case name == "" && g.Atomic:
			name = t.name(1, g.Line)
		}
		if name == "" {
			if g.Writes && !g.Raced {
				unnamed++ // read-only sharing would be summed up anyway
			}
			continue
		}
		locks := map[string]bool{}
		read := map[string]bool{}
		for _, l := range g.Locks {
			n := t.lockName(l.Lines)
			locks[n] = true
			if l.Read {
				read[n] = true
			}
		}
		key := name
		if g.Map {
			key = "map " + name
		}
		e := t.entries[key]
		if e == nil {
			e = &protEntry{name: name, isMap: g.Map, locks: locks, read: read, atomic: true}
			t.entries[key] = e
			t.order = append(t.order, key)
		} else {
			for n := range e.locks {
				if !locks[n] {
					delete(e.locks, n)
				}
			}
			for n := range read {
				e.read[n] = true
			}
		}
		e.via |= g.Via
		e.atomic = e.atomic && g.Atomic
		e.writes = e.writes || g.Writes
		e.raced = e.raced || g.Raced
	}
	t.unnamed = max(t.unnamed, unnamed)
}

// name names the map (kind 0) or atomic variable (1) used on line,
// remembering the answer.
func (t *protectionTable) name(kind, line int32) string {
	k := [2]int32{kind, line}
	if n, ok := t.names[k]; ok {
		return n
	}
	var n string
	switch kind {
	case 0:
		n = t.p.mapName(int(line), "map.iter")
	default:
		n = atomicName(t.p.sourceLine(int(line)))
	}
	t.names[k] = n
	return n
}

// lockName names a lock by the receiver of its Lock or RLock calls.
func (t *protectionTable) lockName(lines []int32) string {
	for _, l := range lines {
		for _, s := range t.p.lockSites {
			if s.Line == int(l) && (s.Op == "Lock" || s.Op == "RLock") {
				return s.Recv
			}
		}
	}
	if len(lines) > 0 {
		return fmt.Sprintf("the lock taken at %s:%d", FileName, lines[0])
	}
	return "a lock"
}

// report says what protected each location that never raced. Locations
// only read once shared (set up before other goroutines used them, such as
// captured variables, or handed over by their owner) are summed up in one
// line at the end.
func (t *protectionTable) report() []Protection {
	out := []Protection{}
	var readOnly []string
	for _, key := range t.order {
		e := t.entries[key]
		if e.raced {
			continue
		}
		if !e.writes && !e.atomic {
			readOnly = append(readOnly, "`"+e.name+"`")
			continue
		}
		what := "`" + e.name + "`"
		if e.isMap {
			what = "the map " + what
		}
		pr := Protection{Name: e.name}
		switch {
		case e.atomic:
			pr.How, pr.By = "atomic", "sync/atomic"
			pr.Message = fmt.Sprintf("every access to %s was atomic", what)
		case len(e.locks) > 0:
			var names []string
			for n := range e.locks {
				q := "`" + n + "`"
				if e.read[n] {
					q += " (reads under RLock)"
				}
				names = append(names, q)
			}
			sort.Strings(names)
			pr.How, pr.By = "lock", strings.Join(names, " and ")
			pr.Message = fmt.Sprintf("every access to %s held %s", what, pr.By)
		default:
			var kinds []string
			for k, n := range vm.GuardKindNames {
				if e.via&(1<<k) != 0 {
					kinds = append(kinds, n)
				}
			}
			pr.How = "ordered"
			by := "happens-before edges"
			if len(kinds) > 0 {
				by = strings.Join(kinds, ", ")
				pr.By = by
			}
			pr.Message = fmt.Sprintf("accesses to %s from different goroutines were ordered by %s", what, orderWords(kinds))
		}
		out = append(out, pr)
	}
	if n := len(readOnly); n > 0 {
		names := readOnly
		if n > 6 {
			names = append(names[:5:5], fmt.Sprintf("%d more", n-5))
		}
		list := names[0]
		if len(names) > 1 {
			list = strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
		}
		out = append(out, Protection{Name: strings.Join(readOnly, " "), How: "read-only",
			Message: fmt.Sprintf("%s %s written only before another goroutine used %s, and only read after", list, plural(n, "was", "were"), plural(n, "it", "them"))})
	}
	return out
}

// orderWords names the kinds of synchronisation that ordered accesses.
func orderWords(kinds []string) string {
	if len(kinds) == 0 {
		return "synchronisation (a chain of happens-before edges)"
	}
	words := map[string]string{
		"channel": "channel operations", "WaitGroup": "a WaitGroup", "mutex": "a mutex hand-over",
		"go statement": "the go statement", "atomic": "atomic operations", "timer": "a timer",
	}
	var ws []string
	for _, k := range kinds {
		ws = append(ws, words[k])
	}
	if len(ws) == 1 {
		return ws[0]
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " and " + ws[len(ws)-1]
}

// notCovered says plainly what the verdict does not cover.
func notCovered(res *ExploreResult, st strategy, opts ExploreOptions, run Options, stop string, prot *protectionTable) []string {
	out := []string{}
	switch d, ok := st.(*dfsStrategy); {
	case ok && res.Exhausted && d.whole:
	case ok && res.Exhausted:
		out = append(out, fmt.Sprintf("schedules with more than %d %s", d.covered, plural(d.covered, "preemption", "preemptions")))
	case ok && d.covered >= 0:
		out = append(out, fmt.Sprintf("schedules with more than %d %s, except the %d explored (%s)", d.covered, plural(d.covered, "preemption", "preemptions"), res.Schedules, stopWords(stop)))
	case ok:
		out = append(out, fmt.Sprintf("most schedules: dfs covered no preemption bound fully (%s)", stopWords(stop)))
	default:
		out = append(out, fmt.Sprintf("schedules not sampled: %d %s schedules are a sample, not every interleaving", res.Schedules, res.Strategy))
	}
	switch {
	case !run.Race && !run.raceQuiet:
		out = append(out, "plain loads and stores: the race detector was off, so they were never interleaved and nothing was learnt about what protects them")
	case !run.FineGrained:
		out = append(out, "interleavings of plain loads and stores where no race was seen: only racy accesses become scheduling points (--fine-grained makes every shared access one)")
	}
	if prot != nil && prot.unnamed > 0 {
		out = append(out, fmt.Sprintf("%d shared %s the verdict cannot name (reached through pointers or slices)", prot.unnamed, plural(prot.unnamed, "location", "locations")))
	}
	if len(opts.DisabledLocks) > 0 {
		out = append(out, fmt.Sprintf("the program as written: %d lock %s switched off", len(opts.DisabledLocks), plural(len(opts.DisabledLocks), "call was", "calls were")))
	}
	return out
}

func stopWords(stop string) string {
	if stop == "" {
		return "budget reached"
	}
	return stop
}

// atomicName recovers the variable an atomic operation on a line works on:
// x in x.Add(1) (the atomic types) or in atomic.AddInt64(&x, 1).
func atomicName(text string) string {
	text = blankStrings(text)
	for _, op := range []string{"Add", "Load", "Store", "Swap", "CompareAndSwap", "And", "Or"} {
		if k := strings.Index(text, "atomic."+op); k >= 0 {
			rest := text[k:]
			if i := strings.Index(rest, "(&"); i >= 0 {
				return identAt(rest, i+2)
			}
		}
	}
	for _, op := range []string{"Add", "Load", "Store", "Swap", "CompareAndSwap", "And", "Or"} {
		if name := callee(text, op); name != "" && name != "atomic" {
			return name
		}
	}
	return ""
}
