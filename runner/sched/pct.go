package sched

import (
	"math/rand/v2"
	"sort"

	"interleave/runner/vm"
)

// PCT is probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi,
// Nagarakatte: "A Randomized Scheduler with Probabilistic Guarantees of
// Finding Bugs", ASPLOS 2010). Every goroutine gets a random priority and
// the highest-priority runnable goroutine always runs; at d-1 random steps
// of the estimated run length k, the goroutine about to run drops to a
// priority below every initial one. A bug of depth d (d ordering
// constraints) is found by one run with probability at least 1/(n·k^(d-1)).
//
// Steps are counted at goroutine choice points: steps with only one
// runnable goroutine cannot be preempted, so a change point there would be
// wasted. Select and map-iteration choices are drawn at random.
type PCT struct {
	rng    *rand.Rand
	depth  int
	change []int // choice-point numbers (1-based) where a priority drops, ascending
	prio   []int // by goroutine ID: priority, higher runs first (0: none yet)
	steps  int   // goroutine choice points seen
	next   int   // index in change of the next change point
}

// NewPCT returns a PCT strategy for bug depth d (at least 1) over an
// estimated k goroutine choice points per run.
func NewPCT(seed int64, d, k int) *PCT {
	if d < 1 {
		d = 1
	}
	if k < 1 {
		k = 1
	}
	p := &PCT{
		rng:   rand.New(rand.NewPCG(uint64(seed), 0x9c7ba11)),
		depth: d,
	}
	for i := 1; i < d; i++ {
		p.change = append(p.change, 1+p.rng.IntN(k))
	}
	sort.Ints(p.change)
	return p
}

// Steps is the number of goroutine choice points of the run so far: the
// estimate of k for the next run.
func (p *PCT) Steps() int { return p.steps }

// Choose implements vm.Chooser.
func (p *PCT) Choose(cp *vm.ChoicePoint) int {
	if cp.Kind != vm.ChooseGoroutine {
		return p.rng.IntN(cp.N)
	}
	p.steps++
	for i := range cp.N {
		if g := cp.G(i); p.priority(g) == 0 {
			// Initial priorities lie above d so that every lowered one
			// (1 … d-1) is below them; goroutines created later draw theirs
			// at random from the same range.
			p.setPriority(g, p.depth+p.rng.IntN(1<<30))
		}
	}
	best := p.highest(cp)
	for p.next < len(p.change) && p.change[p.next] <= p.steps {
		p.next++
		p.setPriority(cp.G(best), p.next) // the i-th change point gives priority i
		best = p.highest(cp)
	}
	return best
}

// IDsOnly implements vm.IDChooser.
func (p *PCT) IDsOnly() bool { return true }

// priority is goroutine g's priority, 0 before it has one. Goroutine IDs
// are dense, so a slice serves as the map.
func (p *PCT) priority(g int) int {
	if g < len(p.prio) {
		return p.prio[g]
	}
	return 0
}

func (p *PCT) setPriority(g, pr int) {
	for g >= len(p.prio) {
		p.prio = append(p.prio, 0)
	}
	p.prio[g] = pr
}

func (p *PCT) highest(cp *vm.ChoicePoint) int {
	best, bp := 0, p.priority(cp.G(0))
	for i := 1; i < cp.N; i++ {
		if pr := p.priority(cp.G(i)); pr > bp {
			best, bp = i, pr
		}
	}
	return best
}
