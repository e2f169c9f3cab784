package runner

import (
	"path/filepath"
	"strings"
	"testing"

	"interleave/runner/sched"
)

// TestSpinWithoutRaceDetector explores every spin-wait program of
// testdata/outcomes with the race detector off (explore
// --no-race-detector): the fairness rule counts a poll's memory writes
// itself (vm/fair.go), so every spin still ends under dfs, random and PCT,
// and every outcome reached is one real Go produced (the golden's set).
func TestSpinWithoutRaceDetector(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "outcomes", "spin_*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no spin programs: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".go")
		t.Run(name, func(t *testing.T) {
			p := compileFile(t, file)
			g, err := readGolden(strings.TrimSuffix(file, ".go") + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			opts := Options{MaxSteps: 2_000_000} // no race detector, no racy sites
			check := func(strategy string, res *Result) {
				k := outcomeOf(res)
				_, obs := g.observed[k]
				_, pos := g.possible[k]
				if !obs && !pos {
					t.Fatalf("%s reached %s (schedule %s), which real Go never showed", strategy, k, res.Schedule)
				}
			}
			dfs := newDFSStrategy(2, true)
			for range 300 {
				c, ok := dfs.next()
				if !ok {
					break
				}
				res := p.drive(opts, c.(*sched.DFS))
				if dfs.done(res) == runPruned {
					continue
				}
				check("dfs", res)
			}
			rnd := &randomStrategy{seed: 1}
			for range 100 {
				c, _ := rnd.next()
				check("random", p.RunWith(opts, c))
			}
			pct := &pctStrategy{seed: 1, depth: 3}
			for range 100 {
				c, _ := pct.next()
				res := p.RunWith(opts, c)
				pct.done(res)
				check("pct", res)
			}
		})
	}
}
