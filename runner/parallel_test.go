package runner

import (
	"encoding/json"
	"os"
	"testing"

	"interleave/examples"
)

// TestParallelExploreDeterministic checks that random and pct explorations
// give the same counts, outcomes, first failure and verdict whatever the
// number of workers, including with race-directed exploration making new
// sites visible along the way and pct's estimate of the run length
// growing (both make runs made ahead of time stale).
func TestParallelExploreDeterministic(t *testing.T) {
	crash, _ := examples.Get("crashmap")
	cache, _ := examples.Get("cache")
	racy, err := os.ReadFile("testdata/outcomes/race_counter_increment.go")
	if err != nil {
		t.Fatal(err)
	}
	progs := map[string]string{"crashmap": crash.Source, "cache": cache.Source, "racy": string(racy)}
	for name, src := range progs {
		p := compileT(t, src)
		for _, strategy := range []string{StrategyRandom, StrategyPCT} {
			for _, stop := range []bool{false, true} {
				var want string
				for _, workers := range []int{1, 2, 3, 5} {
					opts := ExploreOptions{Strategy: strategy, Seed: 7, Runs: 60, Workers: workers, StopAtFirst: stop}
					if name == "cache" {
						opts.Runs = 12
					}
					got := exploreSummary(t, p.Explore(opts))
					if workers == 1 {
						want = got
					} else if got != want {
						t.Errorf("%s %s stop=%v: %d workers give\n%s\none gives\n%s", name, strategy, stop, workers, got, want)
					}
				}
			}
		}
	}
}

// exploreSummary is everything of a result that must not depend on the
// number of workers (not timings).
func exploreSummary(t *testing.T, r *ExploreResult) string {
	t.Helper()
	r.ElapsedMS, r.SchedulesPerSec, r.FoundUS = 0, 0, 0
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
