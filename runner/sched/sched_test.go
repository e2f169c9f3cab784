package sched

import (
	"encoding/binary"
	"reflect"
	"testing"

	"interleave/runner/vm"
)

func TestTokenRoundTrip(t *testing.T) {
	choices := vm.Choices{Picks: binary.AppendUvarint([]byte{1, 2, 0}, 999), N: 4}
	got, err := Decode(Encode(choices.Picks))
	if err != nil || !reflect.DeepEqual(got, Picks(choices)) || !reflect.DeepEqual(got, []int{1, 2, 0, 999}) {
		t.Fatalf("round trip: %v %v", got, err)
	}
	if _, err := Decode("nonsense"); err == nil {
		t.Error("bad token decoded")
	}
}

func opt(g int, op string, obj int, write bool) vm.Option {
	return vm.Option{G: g, Op: op, Obj: obj, Write: write}
}

func TestIndependent(t *testing.T) {
	for _, c := range []struct {
		a, b vm.Option
		want bool
	}{
		{opt(1, "map.write", 2, true), opt(2, "map.write", 3, true), true},
		{opt(1, "map.write", 2, true), opt(2, "map.read", 2, false), false},
		{opt(1, "map.read", 2, false), opt(2, "map.read", 2, false), true},
		{opt(1, "select", -1, true), opt(2, "map.read", 2, false), false},
		{opt(1, "lock", 4, true), opt(1, "map.read", 2, false), false}, // same goroutine
		{opt(2, "exit", -1, true), opt(3, "lock", 4, true), true},      // a goroutine's exit
		{opt(1, "exit", -1, true), opt(3, "lock", 4, true), false},     // main's exit ends the program
		{opt(2, "os.exit", -1, true), opt(3, "lock", 4, true), false},  // so does any goroutine's os.Exit
		{opt(1, "sleep", 0, false), opt(2, "lock", 4, true), false},
	} {
		if got := Independent(c.a, c.b); got != c.want || Independent(c.b, c.a) != c.want {
			t.Errorf("Independent(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func goroutines(ids ...int) *vm.ChoicePoint {
	cp := &vm.ChoicePoint{Kind: vm.ChooseGoroutine, N: len(ids), Last: -1}
	for _, id := range ids {
		cp.Options = append(cp.Options, opt(id, "lock", 1, true))
	}
	return cp
}

func TestPCTRunsHighestPriorityAndIsSeeded(t *testing.T) {
	seq := func(seed int64) []int {
		p := NewPCT(seed, 3, 10)
		var out []int
		for i := 0; i < 10; i++ {
			cp := goroutines(1, 2, 3)
			out = append(out, cp.Options[p.Choose(cp)].G)
		}
		return out
	}
	a := seq(7)
	if !reflect.DeepEqual(a, seq(7)) {
		t.Fatal("PCT is not deterministic for a seed")
	}
	// With d = 3 there are 2 change points: the running goroutine changes
	// at most twice.
	switches := 0
	for i := 1; i < len(a); i++ {
		if a[i] != a[i-1] {
			switches++
		}
	}
	if switches > 2 {
		t.Errorf("%d switches in %v", switches, a)
	}
	p := NewPCT(1, 1, 10)
	if first, second := p.Choose(goroutines(1, 2)), p.Choose(goroutines(1, 2)); first != second {
		t.Error("depth 1 has no change point and must keep running the same goroutine")
	}
}

func TestGuidedFollowsGoroutines(t *testing.T) {
	g := &Guided{Gs: []int{3, 9}, Other: []int{1}}
	if got := g.Choose(goroutines(1, 3)); got != 1 {
		t.Errorf("pick %d, want goroutine 3", got)
	}
	cp := goroutines(1, 2)
	cp.Last = 1
	if got := g.Choose(cp); got != 1 {
		t.Errorf("goroutine 9 absent: pick %d, want the last one", got)
	}
	if got := g.Choose(&vm.ChoicePoint{Kind: vm.ChooseSelect, N: 2}); got != 1 {
		t.Errorf("select pick %d", got)
	}
}

func TestRecorderCountsPreemptions(t *testing.T) {
	r := &Recorder{Inner: &Guided{Gs: []int{2, 2, 1}}}
	for i := 0; i < 3; i++ {
		cp := goroutines(1, 2)
		cp.Last = 0 // goroutine 1 ran last and could go on
		r.Choose(cp)
	}
	if n := Preemptions(r.Points); n != 2 {
		t.Errorf("%d preemptions, want 2", n)
	}
}

func TestPrefixThenDefers(t *testing.T) {
	p := &Prefix{Picks: []int{1, 5}, Then: NewReplay([]int{1})}
	for i, want := range []int{1, 0, 1, 0} {
		if got := p.Choose(&vm.ChoicePoint{N: 2}); got != want {
			t.Errorf("choice %d: %d, want %d", i, got, want)
		}
	}
}
