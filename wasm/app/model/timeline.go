package model

import (
	"sort"
	"strconv"
	"strings"
)

// The timeline: a run's trace turned into lanes, one per goroutine, with
// what each goroutine was doing at every step (running, runnable, blocked,
// done), the spans that matter (a map write's window, a lock held), the
// links between lanes (goroutine creation, a send joined to its receive)
// and, for a crash, the conflicting pair. The app's timeline view draws it.

// Goroutine states on a lane.
const (
	Running  = "running"
	Runnable = "runnable"
	Blocked  = "blocked"
)

// Segment is a stretch of steps, To exclusive, in which a goroutine was in
// one State.
type Segment struct {
	From, To int
	State    string
}

// Lane is one goroutine's row.
type Lane struct {
	G        int
	Name     string // function, e.g. "main.CrashMap.func1"
	Created  int    // step it was created at
	Segs     []Segment
	DoneAt   int // step of its exit, or -1
	LastStep int // step of its last event, or -1
}

// Span is a stretch of steps on one lane: a map write's window or a lock held.
type Span struct {
	G    int    `json:"g"`
	From int    `json:"from"`
	To   int    `json:"to"`
	Kind string `json:"kind"` // "write" or "held"
	Obj  string `json:"obj"`
}

// Link joins two lanes: a go statement to the goroutine it started, or a
// channel send to the receive that took its value.
type Link struct {
	FromG    int    `json:"fromG"`
	FromStep int    `json:"fromStep"`
	ToG      int    `json:"toG"`
	ToStep   int    `json:"toStep"`
	Kind     string `json:"kind"` // "go" or "chan"
}

// Timeline is a run laid out for drawing.
//
// Every part of building and querying it is linear in the trace or
// logarithmic per query, so that a trace of millions of events (a million
// goroutines) stays workable: it is built in the runner's worker, and the
// page receives only Views of the part it shows.
type Timeline struct {
	Steps    int // number of step columns
	Lanes    []Lane
	Events   []Event // the trace, steps renumbered 0, 1, 2…
	Spans    []Span
	Links    []Link
	Conflict []int // indexes into Events of the conflicting pair, if any

	laneOf     map[int]int // goroutine → lane index
	laneEvents [][]int     // per lane, its events' indexes in step order
	stepStart  []int       // stepStart[s] is the index of step s's first event; len Steps+1
}

// LaneOf is the index of goroutine g's lane, or -1.
func (t *Timeline) LaneOf(g int) int {
	if i, ok := t.laneOf[g]; ok {
		return i
	}
	return -1
}

// OpKind classifies a trace operation for drawing.
func OpKind(op string) string {
	o := strings.ToLower(op)
	switch {
	case strings.HasPrefix(o, "map.read") || strings.HasPrefix(o, "map.iter"):
		return "read"
	case strings.HasPrefix(o, "map."):
		return "write"
	case strings.Contains(o, "unlock"):
		return "unlock"
	case strings.Contains(o, "lock"):
		return "lock"
	case strings.Contains(o, "send"):
		return "send"
	case strings.Contains(o, "recv") || strings.Contains(o, "receive"):
		return "recv"
	case o == "go":
		return "go"
	case o == "exit":
		return "exit"
	}
	return "other"
}

// BuildTimeline lays out trace. failed says the run ended in a failure,
// whose operation ends the trace.
func BuildTimeline(trace []Event, gs []GoroutineInfo, failed bool) *Timeline {
	t := &Timeline{Events: denseSteps(trace), laneOf: map[int]int{}}
	if n := len(t.Events); n > 0 {
		t.Steps = t.Events[n-1].Step + 1
	}
	t.stepStart = make([]int, t.Steps+1)
	for i := len(t.Events) - 1; i >= 0; i-- {
		t.stepStart[t.Events[i].Step] = i
	}
	t.stepStart[t.Steps] = len(t.Events)
	names := map[int]string{}
	ids := map[int]bool{}
	for _, g := range gs {
		names[g.ID] = g.Func
		ids[g.ID] = true
	}
	created := map[int]int{}
	for _, e := range t.Events {
		ids[e.G] = true
		if OpKind(e.Op) == "go" && e.Peer > 0 {
			if _, ok := created[e.Peer]; !ok {
				created[e.Peer] = e.Step
			}
			ids[e.Peer] = true
			t.Links = append(t.Links, Link{e.G, e.Step, e.Peer, e.Step, "go"})
		}
	}
	order := make([]int, 0, len(ids))
	for g := range ids {
		order = append(order, g)
	}
	sort.Ints(order)
	t.laneEvents = make([][]int, len(order))
	for i, g := range order {
		t.laneOf[g] = i
	}
	for i, e := range t.Events {
		l := t.laneOf[e.G]
		t.laneEvents[l] = append(t.laneEvents[l], i)
	}
	t.Lanes = make([]Lane, len(order))
	for i, g := range order {
		t.Lanes[i] = t.layLane(i, g, names[g], created[g])
	}
	t.findSpans()
	t.linkChannels()
	if failed {
		t.findConflict()
	}
	return t
}

func (t *Timeline) layLane(lane, g int, name string, created int) Lane {
	l := Lane{G: g, Name: name, Created: created, DoneAt: -1, LastStep: -1}
	cur, state := created, Runnable
	add := func(from, to int, st string) {
		if to <= from {
			return
		}
		if n := len(l.Segs); n > 0 && l.Segs[n-1].To == from && l.Segs[n-1].State == st {
			l.Segs[n-1].To = to
			return
		}
		l.Segs = append(l.Segs, Segment{from, to, st})
	}
	for _, i := range t.laneEvents[lane] {
		e := t.Events[i]
		add(cur, e.Step, state)
		add(e.Step, e.Step+1, Running)
		cur, l.LastStep = e.Step+1, e.Step
		if OpKind(e.Op) == "exit" {
			l.DoneAt = e.Step
			return l
		}
		state = Runnable
		if e.Block != "" {
			state = Blocked
		}
	}
	add(cur, t.Steps, state)
	return l
}

func (t *Timeline) findSpans() {
	type key struct {
		G   int
		Obj string
	}
	open := map[key]int{}
	held := map[key]int{}
	for _, e := range t.Events {
		k := key{e.G, e.Obj}
		switch OpKind(e.Op) {
		case "write":
			if e.End {
				if from, ok := open[k]; ok {
					t.Spans = append(t.Spans, Span{e.G, from, e.Step + 1, "write", e.Obj})
					delete(open, k)
				}
			} else {
				open[k] = e.Step
			}
		case "lock":
			if e.Block == "" {
				held[k] = e.Step
			}
		case "unlock":
			if from, ok := held[k]; ok {
				t.Spans = append(t.Spans, Span{e.G, from, e.Step + 1, "held", e.Obj})
				delete(held, k)
			}
		}
	}
	for k, from := range open {
		t.Spans = append(t.Spans, Span{k.G, from, t.Steps, "write", k.Obj})
	}
	for k, from := range held {
		t.Spans = append(t.Spans, Span{k.G, from, t.Steps, "held", k.Obj})
	}
	sort.Slice(t.Spans, func(i, j int) bool { return t.Spans[i].From < t.Spans[j].From })
}

// linkChannels joins each send that names its receiver to the nearest
// receive by that goroutine naming the sender, each receive used once.
func (t *Timeline) linkChannels() {
	type key struct {
		g, peer int
		obj     string
	}
	recvs := map[key][]int{} // event indexes, in step order
	for j, r := range t.Events {
		if OpKind(r.Op) == "recv" {
			k := key{r.G, r.Peer, r.Obj}
			recvs[k] = append(recvs[k], j)
		}
	}
	used := map[int]bool{}
	for _, s := range t.Events {
		if OpKind(s.Op) != "send" || s.Peer == 0 || s.Block != "" {
			continue
		}
		list := recvs[key{s.Peer, s.G, s.Obj}]
		at := sort.Search(len(list), func(i int) bool { return t.Events[list[i]].Step >= s.Step })
		best := -1
		for i := at - 1; i >= 0; i-- { // nearest unused before
			if !used[list[i]] {
				best = list[i]
				break
			}
		}
		for i := at; i < len(list); i++ { // nearest unused from here on
			if !used[list[i]] {
				if best < 0 || abs(t.Events[list[i]].Step-s.Step) < abs(t.Events[best].Step-s.Step) {
					best = list[i]
				}
				break
			}
		}
		if best >= 0 {
			used[best] = true
			r := t.Events[best]
			t.Links = append(t.Links, Link{s.G, s.Step, r.G, r.Step, "chan"})
		}
	}
}

// findConflict marks the failing map operation — the last map operation
// of the trace, which may end with a note of the crash itself — and the
// write whose window was open on the same map in another goroutine.
func (t *Timeline) findConflict() {
	n := len(t.Events)
	last := -1
	for i := n - 1; i >= 0 && i >= n-4; i-- {
		if k := OpKind(t.Events[i].Op); k == "read" || k == "write" {
			last = i
			break
		}
	}
	if last < 0 {
		return
	}
	l := t.Events[last]
	// A goroutine's write window on the map is open when its latest write
	// start has no end after it; the conflict is the latest such start.
	open := map[int]int{}
	for i, e := range t.Events {
		if e.Obj != l.Obj || OpKind(e.Op) != "write" {
			continue
		}
		if e.End {
			delete(open, e.G)
		} else {
			open[e.G] = i
		}
	}
	best := -1
	for g, i := range open {
		if g != l.G && i < last && i > best {
			best = i
		}
	}
	if best >= 0 {
		t.Conflict = []int{best, last}
	}
}

// denseSteps renumbers the trace's steps 0, 1, 2… in order, so that every
// column of the timeline holds something. Events of one step stay together.
func denseSteps(trace []Event) []Event {
	out := make([]Event, len(trace))
	copy(out, trace)
	next, prev := -1, 0
	for i := range out {
		if i == 0 || out[i].Step != prev {
			next++
		}
		prev = out[i].Step
		out[i].Step = next
	}
	return out
}

// Positions says where the live goroutines of lanes [lane0, lane0+n)
// stand at step: the line of each one's latest visible operation up to
// then. Only a window of lanes: a run may have a million.
func (t *Timeline) Positions(step, lane0, n int) []Mark {
	var marks []Mark
	for i := max(lane0, 0); i < len(t.Lanes) && i < lane0+n; i++ {
		l := t.Lanes[i]
		if l.Created > step || (l.DoneAt >= 0 && l.DoneAt < step) {
			continue
		}
		evs := t.laneEvents[i]
		k := sort.Search(len(evs), func(j int) bool { return t.Events[evs[j]].Step > step })
		for k--; k >= 0; k-- {
			if line := t.Events[evs[k]].Line; line > 0 {
				marks = append(marks, Mark{line, l.G})
				break
			}
		}
	}
	return marks
}

// stepEvents are the events of step.
func (t *Timeline) stepEvents(step int) []Event {
	if step < 0 || step >= t.Steps {
		return nil
	}
	return t.Events[t.stepStart[step]:t.stepStart[step+1]]
}

// LineAt is the source line of the last event at step, or 0.
func (t *Timeline) LineAt(step int) int {
	line := 0
	for _, e := range t.stepEvents(step) {
		if e.Line > 0 {
			line = e.Line
		}
	}
	return line
}

// Describe says in words what happens at step.
func (t *Timeline) Describe(step int) string {
	s := "step " + strconv.Itoa(step+1) + " of " + strconv.Itoa(t.Steps)
	sep := ": "
	for _, e := range t.stepEvents(step) {
		s += sep + DescribeEvent(e)
		sep = "; "
	}
	return s
}

func DescribeEvent(e Event) string {
	op := e.Op
	if op == "stale" {
		// runner/vm/storebuf.go: the load read memory while another
		// goroutine's store to the cell was still in its store buffer.
		op = "stale read (another goroutine's store is still in its store buffer) of"
	}
	s := "g" + strconv.Itoa(e.G) + " " + op
	if e.End {
		s += " (end)"
	}
	if e.Peer > 0 && OpKind(e.Op) == "go" {
		s += " g" + strconv.Itoa(e.Peer)
	}
	if e.Obj != "" {
		s += " " + e.Obj
	}
	if e.Line > 0 {
		s += " at line " + strconv.Itoa(e.Line)
	}
	if e.Block != "" {
		s += ", blocks: " + e.Block
	}
	return s
}

// Mark is one goroutine's position in the editor.
type Mark struct {
	Line int `json:"line"`
	G    int `json:"g"`
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// ShortFunc trims "main." from a function name for a lane label.
func ShortFunc(name string) string {
	name = strings.TrimPrefix(name, "main.")
	if len(name) > 18 {
		name = "…" + name[len(name)-17:]
	}
	return name
}
