package vm

import (
	"math/rand/v2"
	"testing"
)

// TestRunSet checks the run set against a plain list of the runnable
// goroutines while goroutines are created and change state, across the
// switch from the bit set to the tree (past 64 IDs).
func TestRunSet(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var s runSet
	var gs []*Goroutine
	for step := 0; step < 25000; step++ {
		if len(gs) < 1100 && (len(gs) == 0 || rng.IntN(8) == 0) {
			g := &Goroutine{ID: len(gs) + 1, state: gRunnable}
			gs = append(gs, g)
			s.update(g.ID, 1, gs)
		} else {
			g := gs[rng.IntN(len(gs))]
			if g.state == gRunnable {
				g.state = gBlocked
				s.update(g.ID, -1, gs)
			} else {
				g.state = gRunnable
				s.update(g.ID, 1, gs)
			}
		}
		var ids []int
		for _, g := range gs {
			if g.state == gRunnable {
				ids = append(ids, g.ID)
			}
		}
		if s.n != len(ids) {
			t.Fatalf("step %d: n = %d, want %d", step, s.n, len(ids))
		}
		for k, id := range ids {
			if got := s.nth(k); got != id {
				t.Fatalf("step %d (%d goroutines): nth(%d) = %d, want %d", step, len(gs), k, got, id)
			}
			if got := s.rank(id); got != k {
				t.Fatalf("step %d (%d goroutines): rank(%d) = %d, want %d", step, len(gs), id, got, k)
			}
		}
	}
	if s.tree == nil {
		t.Fatal("the tree never took over")
	}
}
