package main

import (
	"sort"
	"strings"
)

// The timeline model: a run's trace turned into lanes, one per goroutine,
// with what each goroutine was doing at every step (running, runnable,
// blocked, done), the spans that matter (a map write's window, a lock held),
// the links between lanes (goroutine creation, a send joined to its
// receive) and, for a crash, the conflicting pair. timeline.go draws it.

// Goroutine states on a lane.
const (
	stRunning  = "running"
	stRunnable = "runnable"
	stBlocked  = "blocked"
)

type segment struct {
	from, to int // steps, to exclusive
	state    string
}

type lane struct {
	g        int
	name     string // function, e.g. "main.CrashMap.func1"
	created  int    // step it was created at
	segs     []segment
	doneAt   int // step of its exit, or -1
	lastStep int // step of its last event, or -1
}

// span is a stretch of steps on one lane: a map write's window or a lock held.
type span struct {
	g, from, to int
	kind, obj   string // kind "write" or "held"
}

// link joins two lanes: a go statement to the goroutine it started, or a
// channel send to the receive that took its value.
type link struct {
	fromG, fromStep, toG, toStep int
	kind                         string // "go" or "chan"
}

type timeline struct {
	steps    int // number of step columns
	lanes    []lane
	events   []event
	spans    []span
	links    []link
	conflict []int // indexes into events of the conflicting pair, if any
}

func (t *timeline) laneOf(g int) int {
	for i, l := range t.lanes {
		if l.g == g {
			return i
		}
	}
	return -1
}

// opKind classifies a trace operation for drawing.
func opKind(op string) string {
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

// buildTimeline lays out trace. failed says the run ended in a failure, whose
// operation is the trace's last event.
func buildTimeline(trace []event, gs []goroutineInfo, failed bool) *timeline {
	t := &timeline{events: denseSteps(trace)}
	for _, e := range t.events {
		if e.Step+1 > t.steps {
			t.steps = e.Step + 1
		}
	}
	trace = t.events
	names := map[int]string{}
	for _, g := range gs {
		names[g.ID] = g.Func
	}
	created := map[int]int{}
	ids := map[int]bool{}
	for _, g := range gs {
		ids[g.ID] = true
	}
	for _, e := range trace {
		ids[e.G] = true
		if opKind(e.Op) == "go" && e.Peer > 0 {
			if _, ok := created[e.Peer]; !ok {
				created[e.Peer] = e.Step
			}
			ids[e.Peer] = true
			t.links = append(t.links, link{e.G, e.Step, e.Peer, e.Step, "go"})
		}
	}
	order := make([]int, 0, len(ids))
	for g := range ids {
		order = append(order, g)
	}
	sort.Ints(order)
	for _, g := range order {
		t.lanes = append(t.lanes, t.layLane(g, names[g], created[g]))
	}
	t.findSpans()
	t.linkChannels()
	if failed {
		t.findConflict()
	}
	return t
}

func (t *timeline) layLane(g int, name string, created int) lane {
	l := lane{g: g, name: name, created: created, doneAt: -1, lastStep: -1}
	cur, state := created, stRunnable
	add := func(from, to int, st string) {
		if to <= from {
			return
		}
		if n := len(l.segs); n > 0 && l.segs[n-1].to == from && l.segs[n-1].state == st {
			l.segs[n-1].to = to
			return
		}
		l.segs = append(l.segs, segment{from, to, st})
	}
	for _, e := range t.events {
		if e.G != g {
			continue
		}
		add(cur, e.Step, state)
		add(e.Step, e.Step+1, stRunning)
		cur, l.lastStep = e.Step+1, e.Step
		if opKind(e.Op) == "exit" {
			l.doneAt = e.Step
			return l
		}
		state = stRunnable
		if e.Block != "" {
			state = stBlocked
		}
	}
	add(cur, t.steps, state)
	return l
}

func (t *timeline) findSpans() {
	type key struct {
		g   int
		obj string
	}
	open := map[key]int{}
	held := map[key]int{}
	for _, e := range t.events {
		k := key{e.G, e.Obj}
		switch opKind(e.Op) {
		case "write":
			if e.End {
				if from, ok := open[k]; ok {
					t.spans = append(t.spans, span{e.G, from, e.Step + 1, "write", e.Obj})
					delete(open, k)
				}
			} else if !strings.HasPrefix(strings.ToLower(e.Op), "map.read") {
				open[k] = e.Step
			}
		case "lock":
			if e.Block == "" {
				held[k] = e.Step
			}
		case "unlock":
			if from, ok := held[k]; ok {
				t.spans = append(t.spans, span{e.G, from, e.Step + 1, "held", e.Obj})
				delete(held, k)
			}
		}
	}
	for k, from := range open {
		t.spans = append(t.spans, span{k.g, from, t.steps, "write", k.obj})
	}
	for k, from := range held {
		t.spans = append(t.spans, span{k.g, from, t.steps, "held", k.obj})
	}
	sort.Slice(t.spans, func(i, j int) bool { return t.spans[i].from < t.spans[j].from })
}

// linkChannels joins each send that names its receiver to the nearest
// receive by that goroutine naming the sender.
func (t *timeline) linkChannels() {
	used := map[int]bool{}
	for _, s := range t.events {
		if opKind(s.Op) != "send" || s.Peer == 0 || s.Block != "" {
			continue
		}
		best := -1
		for j, r := range t.events {
			if used[j] || r.G != s.Peer || r.Peer != s.G || opKind(r.Op) != "recv" || r.Obj != s.Obj {
				continue
			}
			if best < 0 || abs(r.Step-s.Step) < abs(t.events[best].Step-s.Step) {
				best = j
			}
		}
		if best >= 0 {
			used[best] = true
			r := t.events[best]
			t.links = append(t.links, link{s.G, s.Step, r.G, r.Step, "chan"})
		}
	}
}

// findConflict marks the failing map operation — the last map operation
// of the trace, which may end with a note of the crash itself — and the
// write whose window was open on the same map in another goroutine.
func (t *timeline) findConflict() {
	n := len(t.events)
	last := -1
	for i := n - 1; i >= 0 && i >= n-4; i-- {
		if k := opKind(t.events[i].Op); k == "read" || k == "write" {
			last = i
			break
		}
	}
	if last < 0 {
		return
	}
	l := t.events[last]
	for i := last - 1; i >= 0; i-- {
		e := t.events[i]
		if e.G != l.G && e.Obj == l.Obj && opKind(e.Op) == "write" && !e.End && t.windowOpen(i) {
			t.conflict = []int{i, last}
			return
		}
	}
}

// denseSteps renumbers the trace's steps 0, 1, 2… in order, so that every
// column of the timeline holds something. Events of one step stay together.
func denseSteps(trace []event) []event {
	out := make([]event, len(trace))
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

// windowOpen reports whether the write starting at events[i] has not ended.
func (t *timeline) windowOpen(i int) bool {
	w := t.events[i]
	for _, e := range t.events[i+1:] {
		if e.G == w.G && e.Obj == w.Obj && opKind(e.Op) == "write" && e.End {
			return false
		}
	}
	return true
}

// positions says where each live goroutine stands at step: the line of its
// latest visible operation up to then.
func (t *timeline) positions(step int) []mark {
	var marks []mark
	for _, l := range t.lanes {
		if l.created > step || (l.doneAt >= 0 && l.doneAt < step) {
			continue
		}
		line := 0
		for _, e := range t.events {
			if e.Step > step {
				break
			}
			if e.G == l.g && e.Line > 0 {
				line = e.Line
			}
		}
		if line > 0 {
			marks = append(marks, mark{line, l.g})
		}
	}
	return marks
}

// lineAt is the source line of the last event at step, or 0.
func (t *timeline) lineAt(step int) int {
	line := 0
	for _, e := range t.events {
		if e.Step == step && e.Line > 0 {
			line = e.Line
		}
	}
	return line
}

// describe says in words what happens at step.
func (t *timeline) describe(step int) string {
	s := "step " + itoa(step+1) + " of " + itoa(t.steps)
	sep := ": "
	for _, e := range t.events {
		if e.Step != step {
			continue
		}
		s += sep + describeEvent(e)
		sep = "; "
	}
	return s
}

func describeEvent(e event) string {
	s := "g" + itoa(e.G) + " " + e.Op
	if e.End {
		s += " (end)"
	}
	if e.Peer > 0 && opKind(e.Op) == "go" {
		s += " g" + itoa(e.Peer)
	}
	if e.Obj != "" {
		s += " " + e.Obj
	}
	if e.Line > 0 {
		s += " at line " + itoa(e.Line)
	}
	if e.Block != "" {
		s += ", blocks: " + e.Block
	}
	return s
}

// mark is one goroutine's position in the editor.
type mark struct{ line, g int }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// shortFunc trims "main." from a function name for a lane label.
func shortFunc(name string) string {
	name = strings.TrimPrefix(name, "main.")
	if len(name) > 18 {
		name = "…" + name[len(name)-17:]
	}
	return name
}
