package model

import "testing"

// An outcome whose output differs from the others' is labelled with it.
func TestOutcomeLabelOutput(t *testing.T) {
	for o, want := range map[OutcomeCount]string{
		{Kind: "ok", Output: `"[1 2]"`}: `finished normally · printed "[1 2]"`,
		{Kind: "deadlock", Message: "fatal error: all goroutines are asleep - deadlock!", Output: `line 2: "worker 1"`}: `fatal error: all goroutines are asleep - deadlock! · printed line 2: "worker 1"`,
		{Kind: "ok"}: "finished normally",
	} {
		if got := OutcomeLabel(o); got != want {
			t.Errorf("OutcomeLabel(%+v) = %q, want %q", o, got, want)
		}
	}
}
