package model

import (
	"reflect"
	"strings"
	"testing"
)

func TestViewOneColumnPerStep(t *testing.T) {
	tl := BuildTimeline(crashTrace, nil, true)
	v := tl.View(0, tl.Steps, 100, 0, 10)
	if v.Per != 1 || len(v.Lanes) != 3 || len(v.Lanes[0].States) != 7 {
		t.Fatalf("view %+v, want one column per step and three lanes", v)
	}
	if got := v.Lanes[0].States; got != "rrrbbbb" {
		t.Errorf("main's states %q", got)
	}
	if got := v.Lanes[1].Marks; got != "   wwc " {
		t.Errorf("g2's marks %q, want its writes and the conflict's open write", got)
	}
	if got := v.Lanes[2].Marks; got != "      c" {
		t.Errorf("g3's marks %q", got)
	}
	if len(v.Conflict) != 2 || v.Conflict[0] != 5 || v.Conflict[1] != 6 {
		t.Errorf("conflict steps %v", v.Conflict)
	}
	if len(v.Links) != 2 || len(v.Spans) != 2 {
		t.Errorf("links %v spans %v", v.Links, v.Spans)
	}
}

func TestViewZoomAndLaneWindow(t *testing.T) {
	tl := BuildTimeline(crashTrace, nil, true)
	v := tl.View(3, 7, 2, 1, 1) // steps 3..6 in two columns, g2 only
	if v.Per != 2 || len(v.Lanes) != 1 || v.Lanes[0].G != 2 {
		t.Fatalf("view %+v", v)
	}
	if v.Lanes[0].States != "rr" || v.Lanes[0].Marks != "wc" {
		t.Errorf("g2 %q %q", v.Lanes[0].States, v.Lanes[0].Marks)
	}
	if len(v.Links) != 0 {
		t.Errorf("links outside the view: %v", v.Links)
	}
	if a := tl.At(6, 2, 1); len(a.Marks) != 1 || a.Marks[0].G != 3 || a.Line != 27 {
		t.Errorf("at the crash, lane 2 only: %+v", a)
	}
}

// A run with a great many goroutines builds in linear time and gives views
// whose size depends on what is asked for, not on the run.
func TestViewOfAHugeRun(t *testing.T) {
	const n = 200_000
	trace := make([]Event, 0, 4*n)
	step := 0
	for g := 2; g < n+2; g++ {
		trace = append(trace, Event{Step: step, G: 1, Op: "go", Peer: g, Line: 5})
		step++
		trace = append(trace, Event{Step: step, G: g, Op: "lock", Obj: "mutex#1", Line: 7},
			Event{Step: step + 1, G: g, Op: "unlock", Obj: "mutex#1", Line: 8}, Event{Step: step + 2, G: g, Op: "exit"})
		step += 3
	}
	tl := BuildTimeline(trace, nil, false)
	if len(tl.Lanes) != n+1 {
		t.Fatalf("%d lanes", len(tl.Lanes))
	}
	v := tl.View(0, tl.Steps, 300, 1000, 20)
	if len(v.Lanes) != 20 || len(v.Lanes[0].States) > 300 || len(v.Links) > maxViewItems || len(v.Spans) > maxViewItems {
		t.Errorf("view of %d lanes, %d columns, %d links, %d spans", len(v.Lanes), len(v.Lanes[0].States), len(v.Links), len(v.Spans))
	}
	if !strings.Contains(v.Lanes[0].States, "r") {
		t.Errorf("lane 1000 never runs: %q", v.Lanes[0].States)
	}
	if a := tl.At(tl.Steps/2, 0, 20); len(a.Marks) > 20 {
		t.Errorf("%d marks for 20 lanes", len(a.Marks))
	}
}

func TestViewPacksItems(t *testing.T) {
	tl := BuildTimeline(crashTrace, nil, true)
	v := tl.View(0, tl.Steps, 100, 0, 10)
	v.Pack()
	w := View{Items: v.Items}
	w.Unpack()
	if !reflect.DeepEqual(w.Links, v.Links) || !reflect.DeepEqual(w.Spans, v.Spans) || len(w.Links) == 0 {
		t.Errorf("unpacked %v %v, want %v %v", w.Links, w.Spans, v.Links, v.Spans)
	}
}
