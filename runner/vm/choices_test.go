package vm

import (
	"slices"
	"testing"
)

// TestChoicesOtherPicks records goroutine choices with a few of other
// kinds among them, before and after the first 64 (the kind bits are
// made only when a choice of another kind is recorded) and with picks of
// one and two bytes, and checks OtherPicks finds exactly those.
func TestChoicesOtherPicks(t *testing.T) {
	for _, others := range [][]int{nil, {3}, {130}, {3, 64, 199}} {
		var c Choices
		var want []int
		for i := range 200 {
			kind := ChooseGoroutine
			if slices.Contains(others, i) {
				kind = ChooseSelect
				want = append(want, i)
			}
			c.add(kind, i)
		}
		if c.N != 200 {
			t.Fatalf("others %v: N = %d", others, c.N)
		}
		if got := c.OtherPicks(); !slices.Equal(got, want) {
			t.Errorf("others %v: OtherPicks = %v", others, got)
		}
	}
}
