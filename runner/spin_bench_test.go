package runner_test

import (
	"testing"

	"interleave/runner"
)

// Spin benchmarks (make bench-go): schedules per second of explore on spin
// shapes that the fairness rule and forced preemption end only slowly —
// spins that write or allocate at every turn, and a spin waiting for a
// sleeping writer. Each reports schedules/s for random, pct and dfs.

// A sync.Map.Range spin: the callback sets a flag captured afresh at every
// turn, so every turn writes memory (a new cell) and allocates.
const benchSpinRange = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	go func() { m.Store("k", 1) }()
	for {
		found := false
		m.Range(func(k, v any) bool { found = true; return false })
		if found {
			break
		}
	}
	fmt.Println("found")
}
`

// A spin on an atomic flag that appends to a slice of its own at every turn.
const benchSpinAppend = `package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var ready atomic.Bool
	go func() { ready.Store(true) }()
	var seen []int
	for !ready.Load() {
		seen = append(seen, 1)
	}
	fmt.Println("ready", len(seen) >= 0)
}
`

// A spin on an atomic flag that builds a fresh slice at every turn.
const benchSpinAlloc = `package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var ready atomic.Bool
	go func() { ready.Store(true) }()
	n := 0
	for !ready.Load() {
		buf := make([]int, 0, 4)
		buf = append(buf, n)
		n = len(buf)
	}
	fmt.Println("ready", n >= 0)
}
`

// A spin waiting for a writer that sleeps first: only the spinner can run
// while the writer sleeps, and the clock advances only with its work.
const benchSpinSleeper = `package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var flag atomic.Bool
	go func() {
		time.Sleep(time.Millisecond)
		flag.Store(true)
	}()
	for !flag.Load() {
	}
	fmt.Println("set")
}
`

func BenchmarkSpin(b *testing.B) {
	programs := []struct{ name, src string }{
		{"range", benchSpinRange}, {"append", benchSpinAppend}, {"alloc", benchSpinAlloc}, {"sleeper", benchSpinSleeper},
	}
	for _, pr := range programs {
		p, err := runner.Compile(pr.src)
		if err != nil {
			b.Fatalf("%s: %v", pr.name, err)
		}
		for _, strategy := range []string{runner.StrategyRandom, runner.StrategyPCT, runner.StrategyDFS} {
			b.Run(pr.name+"/"+strategy, func(b *testing.B) {
				schedules := 0
				for b.Loop() {
					res := p.Explore(runner.ExploreOptions{Strategy: strategy, Runs: 20, PreemptionBound: 2, Workers: 1})
					if res.Failures > 0 {
						b.Fatalf("%s %s: %s", pr.name, strategy, res.Verdict)
					}
					schedules += res.Schedules
				}
				b.ReportMetric(float64(schedules)/b.Elapsed().Seconds(), "schedules/s")
			})
		}
	}
}
