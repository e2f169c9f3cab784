package model

import "testing"

func TestSortedOutcomes(t *testing.T) {
	in := []OutcomeCount{{Kind: "ok", Count: 2}, {Kind: "fatal", Message: "a", Count: 5}, {Kind: "panic", Message: "b", Count: 2}, {Kind: "deadlock", Message: "c", Count: 7}}
	got := SortedOutcomes(in)
	want := []string{"deadlock", "fatal", "ok", "panic"}
	for i, o := range got {
		if o.Kind != want[i] {
			t.Fatalf("order %v, want kinds %v", got, want)
		}
	}
	if in[0].Kind != "ok" {
		t.Error("SortedOutcomes changed its argument")
	}
}

func TestOutcomeLabel(t *testing.T) {
	for o, want := range map[OutcomeCount]string{
		{Kind: "ok"}:   "finished normally",
		{Kind: "exit"}: "exited with a non-zero status",
		{Kind: "fatal", Message: "fatal error: concurrent map writes"}: "fatal error: concurrent map writes",
		{Kind: "limit"}: "limit",
	} {
		if got := OutcomeLabel(o); got != want {
			t.Errorf("OutcomeLabel(%v) = %q, want %q", o, got, want)
		}
	}
}
