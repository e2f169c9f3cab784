package runner

import (
	"sort"
	"testing"

	"interleave/examples"
)

// Exploration benchmarks: how fast each strategy finds the article's
// crash, how fast DFS proves the fix, raw schedules per second, and how
// much partial-order reduction saves.

// runsToFailure explores until the first failure and returns the schedules
// it took and the elapsed milliseconds.
func runsToFailure(b *testing.B, p *Program, opts ExploreOptions) (int, float64, float64) {
	opts.StopAtFirst = true
	res := p.Explore(opts)
	if res.FirstFailure == nil {
		b.Fatalf("%s found nothing: %s", opts.Strategy, res.Verdict)
	}
	return res.Schedules, float64(res.FoundUS) / 1000, float64(res.ElapsedMS)
}

func median(xs []float64) float64 {
	sort.Float64s(xs)
	return xs[len(xs)/2]
}

// BenchmarkFindCrashMap reports, per strategy, the median over seeds 1–100
// (dfs has no seed: one search) of the schedules and milliseconds to find
// CrashMap's fatal error, and the time with minimisation and explanation.
func BenchmarkFindCrashMap(b *testing.B) {
	crash, _ := examples.Get("crashmap")
	p := compileT(b, crash.Source)
	for _, strategy := range []string{StrategyRandom, StrategyPCT, StrategyDFS} {
		b.Run(strategy, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				var runs, found, ms []float64
				seeds := 100
				if strategy == StrategyDFS {
					seeds = 1
				}
				for seed := 1; seed <= seeds; seed++ {
					n, f, t := runsToFailure(b, p, ExploreOptions{Strategy: strategy, Seed: int64(seed), Runs: 10000, PreemptionBound: -1})
					runs = append(runs, float64(n))
					found = append(found, f)
					ms = append(ms, t)
				}
				b.ReportMetric(median(runs), "schedules/find")
				b.ReportMetric(median(found), "ms/find")
				b.ReportMetric(median(ms), "ms/find+minimise")
			}
		})
	}
}

// BenchmarkProveSmallCache exhausts the two-goroutine, three-operation
// Cache with DFS at preemption bound 2.
func BenchmarkProveSmallCache(b *testing.B) {
	p := compileT(b, smallCache)
	for i := 0; i < b.N; i++ {
		res := p.Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 100000, PreemptionBound: 2})
		if !res.Exhausted || res.Failures > 0 {
			b.Fatal(res.Verdict)
		}
		b.ReportMetric(float64(res.Schedules), "schedules")
	}
}

// pingPong has two goroutines of about 50 visible operations between them.
const pingPong = `package main

import "sync"

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	wg.Add(2)
	for g := 0; g < 2; g++ {
		go func() {
			defer wg.Done()
			for i := 0; i < 12; i++ {
				mu.Lock()
				n++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}
`

// BenchmarkSchedulesPerSecond measures raw exploration throughput on a
// two-goroutine program of ~50 visible operations.
func BenchmarkSchedulesPerSecond(b *testing.B) {
	p := compileT(b, pingPong)
	for _, strategy := range []string{StrategyRandom, StrategyPCT, StrategyDFS} {
		b.Run(strategy, func(b *testing.B) {
			total, ms := 0, int64(0)
			for i := 0; i < b.N; i++ {
				res := p.Explore(ExploreOptions{Strategy: strategy, Runs: 500, PreemptionBound: 3})
				total += res.Schedules
				ms += res.ElapsedMS
			}
			if ms > 0 {
				b.ReportMetric(float64(total)/(float64(ms)/1000), "schedules/s")
			}
		})
	}
}

// BenchmarkReduction reports how many times fewer schedules DFS explores
// with DPOR and sleep sets than without, exhausting each program at
// preemption bound 2.
func BenchmarkReduction(b *testing.B) {
	programs := map[string]string{"independent": independent, "smallcache": smallCache, "pingpong-short": pingPongShort}
	names := []string{"independent", "smallcache", "pingpong-short"}
	for _, name := range names {
		p := compileT(b, programs[name])
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				full, _, ex1 := dfsCount(p, 2, false, Options{}, 200000)
				red, _, ex2 := dfsCount(p, 2, true, Options{}, 200000)
				if !ex1 || !ex2 {
					b.Fatal("not exhausted")
				}
				b.ReportMetric(float64(full), "plain")
				b.ReportMetric(float64(red), "reduced")
				b.ReportMetric(float64(full)/float64(red), "factor")
			}
		})
	}
}

const pingPongShort = `package main

import "sync"

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counts := map[int]int{}
	wg.Add(3)
	for g := 0; g < 3; g++ {
		go func() {
			defer wg.Done()
			for i := 0; i < 2; i++ {
				mu.Lock()
				counts[g]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}
`

// BenchmarkExploreExamples explores every example with every strategy on
// one worker, each for about the same time (-benchtime): the profile the
// page's runner is built with (`make pgo` writes wasm/worker/default.pgo).
func BenchmarkExploreExamples(b *testing.B) {
	for _, e := range examples.All() {
		p := compileT(b, e.Source)
		for _, strategy := range []string{StrategyRandom, StrategyPCT, StrategyDFS} {
			b.Run(e.Name+"/"+strategy, func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					p.Explore(ExploreOptions{Strategy: strategy, Runs: 20, Seed: int64(i + 1), PreemptionBound: 1, Workers: 1})
				}
			})
		}
	}
}
