package runner

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"interleave/examples"
)

// Race-directed exploration benchmarks (make bench-go): how many schedules
// each strategy needs to show the lost update of counter++, and what the
// race detector, which explore runs by default, costs per schedule.

// schedulesToLostUpdate explores race_counter_increment.go until a run
// prints a lost update, and returns the schedules it took (0: never).
func schedulesToLostUpdate(p *Program, opts ExploreOptions) int {
	n, found := 0, 0
	opts.observe = func(r *Result) {
		n++
		if found == 0 && r.Stdout != "2 2\n" {
			found = n
		}
	}
	opts.ProgressEvery = 1
	opts.Progress = func(ExploreProgress) bool { return found == 0 }
	p.Explore(opts)
	return found
}

// BenchmarkFindLostUpdate reports, per strategy, the median over seeds
// 1–50 (dfs has no seed: one search) of the schedules until one prints a
// lost update, and the worst seed.
func BenchmarkFindLostUpdate(b *testing.B) {
	p := compileT(b, readT(b, filepath.Join("testdata", "outcomes", "race_counter_increment.go")))
	for _, strategy := range []string{StrategyRandom, StrategyPCT, StrategyDFS} {
		b.Run(strategy, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				var runs []float64
				seeds := 50
				if strategy == StrategyDFS {
					seeds = 1
				}
				for seed := 1; seed <= seeds; seed++ {
					n := schedulesToLostUpdate(p, ExploreOptions{Strategy: strategy, Seed: int64(seed), Runs: 10000, PreemptionBound: -1})
					if n == 0 {
						b.Fatalf("%s seed %d: no lost update in 10,000 schedules", strategy, seed)
					}
					runs = append(runs, float64(n))
				}
				b.ReportMetric(median(runs), "schedules/find") // sorts runs
				b.ReportMetric(runs[len(runs)-1], "worst")
			}
		})
	}
}

// BenchmarkRaceDetectorCost explores each example with 300 random
// schedules with the race detector (explore's default) and without it, and
// reports the time per schedule of each and their ratio.
func BenchmarkRaceDetectorCost(b *testing.B) {
	for _, name := range []string{"crashmap", "cache", "localmap", "owner", "syncmap", "slowlock"} {
		ex, ok := examples.Get(name)
		if !ok {
			b.Fatalf("no example %s", name)
		}
		p := compileT(b, ex.Source)
		b.Run(name, func(b *testing.B) {
			per := func(off bool) float64 {
				start := time.Now()
				res := p.Explore(ExploreOptions{Strategy: StrategyRandom, Seed: 1, Runs: 300, NoRaceDetector: off})
				return float64(time.Since(start).Microseconds()) / float64(max(res.Schedules, 1))
			}
			for i := 0; i < b.N; i++ {
				off, on := per(true), per(false)
				b.ReportMetric(off, "µs/schedule-off")
				b.ReportMetric(on, "µs/schedule-on")
				b.ReportMetric(on/off, "ratio")
			}
		})
	}
}

func readT(tb testing.TB, path string) string {
	tb.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return string(src)
}
