package model

import (
	"sort"
	"strconv"
	"strings"
)

// A View is the part of a Timeline the page draws: steps [From, To) of
// lanes [Lane0, Lane0+len(Lanes)), squeezed into at most Cols columns of
// Per steps each. Its size depends on the columns and lanes asked for,
// never on the length of the run: the page's timeline is drawn from it
// (wasm/app), and zooming in asks for a narrower range.
type View struct {
	Steps    int        `json:"steps"` // the whole timeline's
	Total    int        `json:"total"` // lanes in the whole timeline
	From     int        `json:"from"`
	To       int        `json:"to"`
	Per      int        `json:"per"` // steps per column
	Lane0    int        `json:"lane0"`
	Lanes    []LaneView `json:"lanes"`
	Links    []Link     `json:"-"`        // both ends in the view's lanes and steps, at most maxViewItems
	Spans    []Span     `json:"-"`        // clipped to the view, at most maxViewItems
	Conflict []int      `json:"conflict"` // steps of the conflicting pair, if any: [from, to]

	// Items carries Links and Spans packed as text, one per line: the page
	// unpacks one string faster than it walks hundreds of JS objects.
	Items string `json:"items"`
}

// Pack writes Links and Spans into Items.
func (v *View) Pack() {
	var b []byte
	for _, k := range v.Links {
		b = append(b, 'L')
		for _, n := range []int{k.FromG, k.FromStep, k.ToG, k.ToStep} {
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(n), 10)
		}
		b = append(b, ' ')
		b = append(b, k.Kind...)
		b = append(b, '\n')
	}
	for _, s := range v.Spans {
		b = append(b, 'S')
		for _, n := range []int{s.G, s.From, s.To} {
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(n), 10)
		}
		b = append(b, ' ')
		b = append(b, s.Kind...)
		b = append(b, ' ')
		b = append(b, strings.ReplaceAll(s.Obj, " ", "_")...)
		b = append(b, '\n')
	}
	v.Items = string(b)
}

// Unpack reads Links and Spans back from Items.
func (v *View) Unpack() {
	v.Links, v.Spans = nil, nil
	for _, line := range strings.Split(v.Items, "\n") {
		f := strings.Fields(line)
		n := func(i int) int { x, _ := strconv.Atoi(f[i]); return x }
		switch {
		case len(f) == 6 && f[0] == "L":
			v.Links = append(v.Links, Link{FromG: n(1), FromStep: n(2), ToG: n(3), ToStep: n(4), Kind: f[5]})
		case len(f) == 6 && f[0] == "S":
			v.Spans = append(v.Spans, Span{G: n(1), From: n(2), To: n(3), Kind: f[4], Obj: f[5]})
		}
	}
}

// LaneView is one lane of a View: a letter per column for the goroutine's
// state (' ' not alive, 'r' running, 'u' runnable, 'b' blocked) and for
// the most telling event in the column (' ' none, 'o' a step, 'l' lock or
// unlock, 'w' map write, 'c' one half of the conflict).
type LaneView struct {
	G      int    `json:"g"`
	Name   string `json:"name"`
	States string `json:"states"`
	Marks  string `json:"marks"`
}

// maxViewItems caps a View's links and spans: more than the page can show.
const maxViewItems = 400

// View squeezes steps [from, to) of lanes [lane0, lane0+n) into at most
// cols columns.
func (t *Timeline) View(from, to, cols, lane0, n int) View {
	from = min(max(from, 0), max(t.Steps-1, 0))
	to = min(max(to, from+1), t.Steps)
	cols = max(cols, 1)
	per := (to - from + cols - 1) / cols
	per = max(per, 1)
	ncols := (to - from + per - 1) / per
	lane0 = min(max(lane0, 0), max(len(t.Lanes)-1, 0))
	end := min(lane0+max(n, 0), len(t.Lanes))
	v := View{Steps: t.Steps, Total: len(t.Lanes), From: from, To: to, Per: per, Lane0: lane0, Links: []Link{}, Spans: []Span{}, Lanes: []LaneView{}}
	col := func(step int) int { return (step - from) / per }
	conflict := map[int]bool{}
	if len(t.Conflict) == 2 {
		for _, i := range t.Conflict {
			conflict[i] = true
		}
		v.Conflict = []int{t.Events[t.Conflict[0]].Step, t.Events[t.Conflict[1]].Step}
	}
	for li := lane0; li < end; li++ {
		l := t.Lanes[li]
		states := make([]byte, ncols)
		marks := make([]byte, ncols)
		for i := range states {
			states[i], marks[i] = ' ', ' '
		}
		segs := l.Segs
		k := sort.Search(len(segs), func(i int) bool { return segs[i].To > from })
		for ; k < len(segs) && segs[k].From < to; k++ {
			s := segs[k]
			letter := stateLetter(s.State)
			for c := col(max(s.From, from)); c <= col(min(s.To, to)-1); c++ {
				if statePriority(letter) > statePriority(states[c]) {
					states[c] = letter
				}
			}
		}
		evs := t.laneEvents[li]
		k = sort.Search(len(evs), func(i int) bool { return t.Events[evs[i]].Step >= from })
		for ; k < len(evs) && t.Events[evs[k]].Step < to; k++ {
			e := t.Events[evs[k]]
			m := byte('o')
			switch OpKind(e.Op) {
			case "write":
				m = 'w'
			case "lock", "unlock":
				m = 'l'
			}
			if conflict[evs[k]] {
				m = 'c'
			}
			if c := col(e.Step); markPriority(m) > markPriority(marks[c]) {
				marks[c] = m
			}
		}
		v.Lanes = append(v.Lanes, LaneView{G: l.G, Name: l.Name, States: string(states), Marks: string(marks)})
	}
	inLanes := func(g int) bool { i := t.LaneOf(g); return i >= lane0 && i < end }
	type colPair struct{ a, b, ga, gb int }
	seen := map[colPair]bool{}
	for _, k := range t.Links {
		if len(v.Links) >= maxViewItems {
			break
		}
		if k.FromStep < from || k.ToStep < from || k.FromStep >= to || k.ToStep >= to || !inLanes(k.FromG) || !inLanes(k.ToG) {
			continue
		}
		p := colPair{col(k.FromStep), col(k.ToStep), k.FromG, k.ToG}
		if !seen[p] { // one arrow per pair of cells when zoomed out
			seen[p] = true
			v.Links = append(v.Links, k)
		}
	}
	for _, s := range t.Spans {
		if len(v.Spans) >= maxViewItems {
			break
		}
		if s.To <= from || s.From >= to || !inLanes(s.G) {
			continue
		}
		s.From, s.To = max(s.From, from), min(s.To, to)
		v.Spans = append(v.Spans, s)
	}
	return v
}

func stateLetter(state string) byte {
	switch state {
	case Running:
		return 'r'
	case Runnable:
		return 'u'
	case Blocked:
		return 'b'
	}
	return ' '
}

// statePriority decides what a column spanning several steps shows: that
// the goroutine ran at all in it matters most.
func statePriority(b byte) int {
	switch b {
	case 'r':
		return 3
	case 'u':
		return 2
	case 'b':
		return 1
	}
	return 0
}

func markPriority(b byte) int {
	switch b {
	case 'c':
		return 4
	case 'w':
		return 3
	case 'l':
		return 2
	case 'o':
		return 1
	}
	return 0
}

// At is what the page shows for one step: the sentence, the line to bring
// into view and the goroutines' positions (of the lanes on screen).
type At struct {
	Step     int    `json:"step"`
	Describe string `json:"describe"`
	Line     int    `json:"line"`
	Marks    []Mark `json:"marks"`
}

// At says what happens at step, with the positions of lanes [lane0, lane0+n).
func (t *Timeline) At(step, lane0, n int) At {
	step = min(max(step, 0), max(t.Steps-1, 0))
	marks := t.Positions(step, lane0, n)
	if marks == nil {
		marks = []Mark{}
	}
	return At{Step: step, Describe: t.Describe(step), Line: t.LineAt(step), Marks: marks}
}
