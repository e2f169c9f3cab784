package sched

import "interleave/runner/vm"

// Point is one choice a run made, with what the chooser was offered.
type Point struct {
	Kind vm.ChoiceKind
	N    int
	Pick int
	G    int // goroutine picked (goroutine choices), else 0
	Last int // goroutine that ran last if it could go on, else 0
}

// Preemptive reports whether the choice switched away from a goroutine
// that could have gone on.
func (p Point) Preemptive() bool {
	return p.Kind == vm.ChooseGoroutine && p.Last != 0 && p.G != p.Last
}

// Recorder wraps a Chooser and records every choice point with its pick.
type Recorder struct {
	Inner  vm.Chooser
	Points []Point
}

// Choose implements vm.Chooser.
func (r *Recorder) Choose(cp *vm.ChoicePoint) int {
	pick := 0
	if r.Inner != nil {
		pick = r.Inner.Choose(cp)
	}
	if pick < 0 || pick >= cp.N {
		pick = 0
	}
	pt := Point{Kind: cp.Kind, N: cp.N, Pick: pick}
	if cp.Kind == vm.ChooseGoroutine && (cp.Options == nil || len(cp.Options) == cp.N) {
		pt.G = cp.G(pick)
		if cp.Last >= 0 {
			pt.Last = cp.G(cp.Last)
		}
	}
	r.Points = append(r.Points, pt)
	return pick
}

// IDsOnly implements vm.IDChooser: the Recorder needs only goroutine IDs.
func (r *Recorder) IDsOnly() bool { return idsOnly(r.Inner) }

// Preemptions counts the preemptive choices among points.
func Preemptions(points []Point) int {
	n := 0
	for _, p := range points {
		if p.Preemptive() {
			n++
		}
	}
	return n
}

// Guided follows a run described by goroutine IDs rather than option
// indices, so that it stays meaningful after an earlier choice changed:
// at the i-th goroutine choice it picks goroutine Gs[i] if it can run,
// otherwise the goroutine that ran last, otherwise the first. Other
// choices follow Other in order, then take 0.
type Guided struct {
	Gs    []int
	Other []int
	gi    int
	oi    int
}

// IDsOnly implements vm.IDChooser.
func (g *Guided) IDsOnly() bool { return true }

// Choose implements vm.Chooser.
func (g *Guided) Choose(cp *vm.ChoicePoint) int {
	if cp.Kind != vm.ChooseGoroutine {
		i := g.oi
		g.oi++
		if i < len(g.Other) && g.Other[i] < cp.N {
			return g.Other[i]
		}
		return 0
	}
	i := g.gi
	g.gi++
	if i < len(g.Gs) {
		for j := range cp.N {
			if cp.G(j) == g.Gs[i] {
				return j
			}
		}
	}
	if cp.Last >= 0 {
		return cp.Last
	}
	return 0
}
