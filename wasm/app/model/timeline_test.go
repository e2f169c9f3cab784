package model

import (
	"reflect"
	"testing"
)

// The crash of the seed's CrashMap: g2 writes, g3 reads inside g2's write window.
var crashTrace = []Event{
	{Step: 0, G: 1, Op: "go", Peer: 2, Line: 14},
	{Step: 1, G: 1, Op: "go", Peer: 3, Line: 23},
	{Step: 2, G: 1, Op: "wg.wait", Line: 30, Block: "sync.WaitGroup.Wait"},
	{Step: 3, G: 2, Op: "map.write", Obj: "map#1", Line: 18},
	{Step: 4, G: 2, Op: "map.write", Obj: "map#1", Line: 18, End: true},
	{Step: 5, G: 2, Op: "map.write", Obj: "map#1", Line: 18},
	{Step: 6, G: 3, Op: "map.read", Obj: "map#1", Line: 27},
}

func TestTimelineCrash(t *testing.T) {
	tl := BuildTimeline(crashTrace, []GoroutineInfo{{ID: 1, Func: "main.main"}, {ID: 2, Func: "main.CrashMap.func1"}, {ID: 3, Func: "main.CrashMap.func2"}}, true)
	if tl.Steps != 7 || len(tl.Lanes) != 3 {
		t.Fatalf("steps %d lanes %d, want 7 and 3", tl.Steps, len(tl.Lanes))
	}
	main := tl.Lanes[0]
	want := []Segment{{0, 3, Running}, {3, 7, Blocked}}
	if !reflect.DeepEqual(main.Segs, want) {
		t.Errorf("main Lane %v, want %v", main.Segs, want)
	}
	if g3 := tl.Lanes[2]; g3.Created != 1 || g3.Segs[0] != (Segment{1, 6, Runnable}) {
		t.Errorf("g3 Lane starts %v (created %d), want runnable from step 1", g3.Segs, g3.Created)
	}
	wantSpans := []Span{{2, 3, 5, "write", "map#1"}, {2, 5, 7, "write", "map#1"}}
	if !reflect.DeepEqual(tl.Spans, wantSpans) {
		t.Errorf("spans %v, want %v", tl.Spans, wantSpans)
	}
	if !reflect.DeepEqual(tl.Conflict, []int{5, 6}) {
		t.Errorf("conflict %v, want the open write (5) and the read (6)", tl.Conflict)
	}
	if len(tl.Links) != 2 || tl.Links[0] != (Link{1, 0, 2, 0, "go"}) {
		t.Errorf("links %v, want two go links", tl.Links)
	}
	if got := tl.Positions(6, 0, 10); !reflect.DeepEqual(got, []Mark{{30, 1}, {18, 2}, {27, 3}}) {
		t.Errorf("positions at the crash %v", got)
	}
	if got := tl.Describe(6); got != "step 7 of 7: g3 map.read map#1 at line 27" {
		t.Errorf("describe: %q", got)
	}
}

func TestTimelineChannelsAndLocks(t *testing.T) {
	trace := []Event{
		{Step: 0, G: 1, Op: "go", Peer: 2},
		{Step: 1, G: 1, Op: "chan.recv", Obj: "chan#1", Block: "chan receive"},
		{Step: 2, G: 2, Op: "lock", Obj: "mutex#1"},
		{Step: 3, G: 2, Op: "unlock", Obj: "mutex#1"},
		{Step: 4, G: 2, Op: "chan.send", Obj: "chan#1", Peer: 1},
		{Step: 5, G: 1, Op: "chan.recv", Obj: "chan#1", Peer: 2},
		{Step: 6, G: 2, Op: "exit"},
	}
	tl := BuildTimeline(trace, nil, false)
	if tl.Conflict != nil {
		t.Errorf("conflict %v in a run that did not fail", tl.Conflict)
	}
	if !reflect.DeepEqual(tl.Spans, []Span{{2, 2, 4, "held", "mutex#1"}}) {
		t.Errorf("spans %v", tl.Spans)
	}
	if len(tl.Links) != 2 || tl.Links[1] != (Link{2, 4, 1, 5, "chan"}) {
		t.Errorf("links %v, want the send joined to the receive", tl.Links)
	}
	g2 := tl.Lanes[1]
	if g2.DoneAt != 6 {
		t.Errorf("g2 done at %d, want 6", g2.DoneAt)
	}
	if got := tl.Positions(7, 0, 10); len(got) != 0 && got[len(got)-1].G == 2 {
		t.Errorf("a finished goroutine is still marked: %v", got)
	}
}

func TestLockStateSurvivesEdits(t *testing.T) {
	l := NewLocks()
	l.SetSites([]LockSite{
		{ID: 0, Line: 10, Op: "Lock", Recv: "c.mu", Pair: 1},
		{ID: 1, Line: 11, Op: "Unlock", Recv: "c.mu", Deferred: true, Pair: 0},
		{ID: 2, Line: 16, Op: "Lock", Recv: "c.mu", Pair: 3},
		{ID: 3, Line: 17, Op: "Unlock", Recv: "c.mu", Pair: 2},
	})
	l.Toggle(2)
	if got := l.DisabledIDs(); !reflect.DeepEqual(got, []int{2, 3}) {
		t.Fatalf("disabled %v, want the second pair", got)
	}
	// A line inserted above moves every site and renumbers nothing else.
	l.SetSites([]LockSite{
		{ID: 0, Line: 11, Op: "Lock", Recv: "c.mu", Pair: 1},
		{ID: 1, Line: 12, Op: "Unlock", Recv: "c.mu", Pair: 0},
		{ID: 2, Line: 17, Op: "Lock", Recv: "c.mu", Pair: 3},
		{ID: 3, Line: 18, Op: "Unlock", Recv: "c.mu", Pair: 2},
	})
	if got := l.DisabledIDs(); !reflect.DeepEqual(got, []int{2, 3}) {
		t.Errorf("after the edit disabled %v, want [2 3]", got)
	}
	if allOn, allOff := l.Summary(); allOn || allOff {
		t.Errorf("summary %v %v, want partly off", allOn, allOff)
	}
	l.SetAll(false)
	if _, allOff := l.Summary(); !allOff || len(l.DisabledIDs()) != 4 {
		t.Errorf("setAll(false) left %v", l.DisabledIDs())
	}
	l.SetAll(true)
	if len(l.DisabledIDs()) != 0 {
		t.Errorf("setAll(true) left %v", l.DisabledIDs())
	}
}

// The shape the engine records: several events may share a step, steps
// start at 1, and a crash ends the trace with its own note.
func TestTimelineEngineShape(t *testing.T) {
	trace := []Event{
		{Step: 1, G: 1, Op: "wg.add", Obj: "waitgroup#1", Line: 22},
		{Step: 1, G: 1, Op: "go", Line: 23, Peer: 2},
		{Step: 2, G: 2, Op: "map.write", Obj: "map#2", Line: 26},
		{Step: 3, G: 1, Op: "go", Line: 32, Peer: 3},
		{Step: 4, G: 1, Op: "block", Obj: "mutex#1", Line: 39, Block: "sync.WaitGroup.Wait"},
		{Step: 5, G: 3, Op: "map.read", Obj: "map#2", Line: 35},
		{Step: 5, G: 3, Op: "crash", Line: 35},
	}
	tl := BuildTimeline(trace, nil, true)
	if tl.Steps != 5 {
		t.Errorf("steps %d, want 5 dense columns", tl.Steps)
	}
	if !reflect.DeepEqual(tl.Conflict, []int{2, 5}) {
		t.Errorf("conflict %v, want the open write (2) and the read (5)", tl.Conflict)
	}
	if got := tl.Describe(0); got != "step 1 of 5: g1 wg.add waitgroup#1 at line 22; g1 go g2 at line 23" {
		t.Errorf("describe: %q", got)
	}
	if tl.Lanes[0].Segs[len(tl.Lanes[0].Segs)-1].State != Blocked {
		t.Errorf("main is not blocked at the end: %v", tl.Lanes[0].Segs)
	}
}

// TestDescribeStaleRead: a load that read memory past another goroutine's
// buffered store (runner/vm/storebuf.go) is described in words.
func TestDescribeStaleRead(t *testing.T) {
	e := Event{G: 2, Op: "stale", Obj: "var#3", Line: 14}
	want := "g2 stale read (another goroutine's store is still in its store buffer) of var#3 at line 14"
	if got := DescribeEvent(e); got != want {
		t.Errorf("DescribeEvent = %q, want %q", got, want)
	}
}
