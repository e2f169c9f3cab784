package runner

import (
	"testing"

	"interleave/runner/sched"
)

// play steps a session to its end, always picking the highest runnable
// goroutine, and returns the goroutines it picked.
func play(t *testing.T, s *Session) []int {
	t.Helper()
	var picked []int
	for i := 0; !s.Done(); i++ {
		if i > 100000 {
			t.Fatal("session does not end")
		}
		g := 0
		for _, st := range s.Goroutines() {
			if st.Status == "runnable" {
				g = st.ID
			}
		}
		if err := s.Step(g); err != nil {
			t.Fatal(err)
		}
		picked = append(picked, g)
	}
	return picked
}

func TestSessionReplaysAsSchedule(t *testing.T) {
	p := compileT(t, smallCache)
	s := p.Start(Options{})
	if s.Result() != nil {
		t.Fatal("Result before the end")
	}
	gs := s.Goroutines()
	if len(gs) != 1 || gs[0].ID != 1 || gs[0].Status != "runnable" || gs[0].Op == "" || gs[0].Line == 0 {
		t.Fatalf("start: %+v", gs)
	}
	if err := s.Step(7); err == nil {
		t.Error("stepping a goroutine that does not exist succeeded")
	}
	play(t, s)
	res := s.Result()
	if res == nil || res.Outcome.Kind != OutcomeOK {
		t.Fatalf("result %+v", res)
	}
	if err := s.Step(1); err == nil {
		t.Error("step after the end succeeded")
	}
	again := p.Run(Options{Schedule: res.Schedule()})
	if again.Stdout != res.Stdout || again.Stderr != res.Stderr || again.Schedule() != res.Schedule() {
		t.Errorf("hand-played schedule does not replay: %q vs %q", again.Schedule(), res.Schedule())
	}

	// Picks rebuild the session, and undo takes back one step.
	r := p.StartWithPicks(Options{}, s.Picks())
	play(t, r) // the steps after the last choice have no alternative
	if r.Result().Schedule() != res.Schedule() {
		t.Errorf("StartWithPicks did not reach the end of the same run")
	}
	if err := r.Undo(); err != nil {
		t.Fatal(err)
	}
	if r.Done() {
		t.Error("undo of the last step left the run ended")
	}
	play(t, r)
	if r.Result().Schedule() != res.Schedule() {
		t.Errorf("after undo and the same step, schedule %s, want %s", r.Result().Schedule(), res.Schedule())
	}
}

func TestSessionFindsTheCrashByHand(t *testing.T) {
	// Follow a failing schedule's picks by hand and see the same crash.
	p := compileT(t, smallCache)
	var off []int
	for _, s := range p.LockSites() {
		off = append(off, s.ID)
	}
	res := p.Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 500, PreemptionBound: 2, DisabledLocks: off, StopAtFirst: true})
	if res.FirstFailure == nil {
		t.Fatal(res.Verdict)
	}
	picks, err := sched.Decode(res.FirstFailure.MinimalSchedule)
	if err != nil {
		t.Fatal(err)
	}
	s := p.StartWithPicks(Options{DisabledLocks: off}, picks)
	for !s.Done() {
		for _, g := range s.Goroutines() {
			if g.Status == "runnable" {
				s.Step(g.ID)
				break
			}
		}
	}
	if got := s.Result().Outcome.Message; got != "fatal error: concurrent map read and map write" && got != "fatal error: concurrent map writes" {
		t.Errorf("by hand: %q", got)
	}
}
