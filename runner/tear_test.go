package runner

import (
	"path/filepath"
	"strings"
	"testing"
)

// Torn copies: a visible load or store of a struct or array is one
// scheduling point per word (vm/words.go), as gc copies it in several
// moves, so a racing reader can see half of a write. The outcome sets of
// testdata/outcomes/tear_*.go come from real Go; these tests add that dfs
// alone reaches every mix of one store and one load, in both modes, and
// that it finds the failure of the program.

const tornPairSrc = `package main

import "fmt"

type pair struct{ a, b int }

var p pair

func main() {
	done := make(chan bool)
	go func() {
		p = pair{1, 1}
		done <- true
	}()
	q := p
	<-done
	fmt.Println(q.a, q.b)
}
`

// TestTornPairEveryMix: one whole-struct store against one whole-struct
// load. gc stores a then b and loads a then b, so all four mixes exist;
// "1 0" is the schedule "writer stores a, reader loads a, reader loads b,
// writer stores b". The old engine made each copy one step and printed
// only "0 0" and "1 1".
func TestTornPairEveryMix(t *testing.T) {
	p, err := Compile(tornPairSrc)
	if err != nil {
		t.Fatal(err)
	}
	for _, fine := range []bool{false, true} {
		seen, res := outputs(t, p, ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 2, FineGrained: fine, NoRaceDetector: fine})
		for _, want := range []string{"0 0\n", "1 1\n", "1 0\n", "0 1\n"} {
			if seen[want] == 0 {
				t.Errorf("fine=%v: dfs never printed %q; printed %q (%s)", fine, want, keys(seen), res.Verdict)
			}
		}
		if len(seen) != 4 {
			t.Errorf("fine=%v: dfs printed %q, want exactly the four mixes", fine, keys(seen))
		}
		if !res.Exhausted {
			t.Errorf("fine=%v: dfs did not cover the bound: %s", fine, res.Verdict)
		}
	}
}

// TestTornDFSFindsFailure is the program: a loop of whole-struct
// stores against one whole-struct copy checked for q.a != q.b. Real Go
// fails; dfs said "no failure in all 144 interleavings with ≤ 3
// preemptions" when each copy was one step.
func TestTornDFSFindsFailure(t *testing.T) {
	const src = `package main

import "fmt"

type pair struct{ a, b int }

var p pair

func main() {
	done := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			p = pair{i, i}
		}
		done <- true
	}()
	q := p
	if q.a != q.b {
		panic(fmt.Sprintf("torn: %d %d", q.a, q.b))
	}
	<-done
	fmt.Println("ok")
}
`
	p, err := Compile(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, fine := range []bool{false, true} {
		res := p.Explore(ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 3, FineGrained: fine, StopAtFirst: true})
		if res.Failures == 0 || !strings.Contains(res.Verdict, "torn") {
			t.Errorf("fine=%v: dfs says %q; the copy can tear", fine, res.Verdict)
		}
	}
}

// TestTornOutcomesFineGrained: the tear_* outcome programs reach exactly
// real Go's outcomes in fine-grained mode too (TestOutcomes explores them
// race-directed).
func TestTornOutcomesFineGrained(t *testing.T) { checkOutcomesFineGrained(t, "tear_*") }

// checkOutcomesFineGrained checks that the outcome programs matching glob
// reach exactly their goldens' outcomes in fine-grained mode.
func checkOutcomesFineGrained(t *testing.T, glob string) {
	files, err := filepath.Glob(filepath.Join("testdata", "outcomes", glob+".go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no %s programs: %v", glob, err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".go")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			p := compileFile(t, file)
			knobs, err := parseKnobs(p.src)
			if err != nil {
				t.Fatal(err)
			}
			g, err := readGolden(strings.TrimSuffix(file, ".go") + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			checkOutcomes(t, g, exploreOutcomesWith(p, knobs, true), knobs)
		})
	}
}

// TestTornEdgeShapes: aggregates with words of no size ([3]struct{}, a
// [0]int field) and a byte array, which is one word per 8 bytes: x[0] and
// x[11] are in two words, so a copy can hold one new and one old.
func TestTornEdgeShapes(t *testing.T) {
	const src = `package main

import "fmt"

type e struct{}

type rec struct {
	a [0]int
	b int
	c [2]e
	d int
}

type buf struct {
	x [12]byte
	n int
}

var z [3]e
var w rec
var bs buf

func main() {
	done := make(chan bool)
	go func() {
		z = [3]e{}
		w = rec{b: 1, d: 1}
		bs = buf{x: [12]byte{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, n: 1}
		done <- true
	}()
	q := z
	r := w
	s := bs
	<-done
	fmt.Println(len(q), r.b, r.d, s.x[0], s.x[11], s.n)
}
`
	p, err := Compile(src)
	if err != nil {
		t.Fatal(err)
	}
	seen, res := outputs(t, p, ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 2, FineGrained: true, NoRaceDetector: true})
	if res.Failures != 0 {
		t.Fatalf("dfs failed: %s", res.Verdict)
	}
	for _, want := range []string{"3 0 0 0 0 0\n", "3 1 1 1 1 1\n", "3 1 0 0 0 0\n", "3 1 1 1 0 0\n"} {
		if seen[want] == 0 {
			t.Errorf("dfs never printed %q; printed %q", want, keys(seen))
		}
	}
}

// A visible aggregate load is one poll for the fairness rule, whatever its
// number of words: counted per word, a copy of more than spinLimit words
// made the reader yield at its 8th word while the writer could run, so
// the writer's stores always landed inside the copy and "0 0" (the copy
// whole before them) was never printed. Here the writer stores p[10]
// then p[0] against main's copy of the 12-word array.
func TestTornLongCopyIsOnePoll(t *testing.T) {
	p, err := Compile(`package main

import "fmt"

var p [12]int

func main() {
	done := make(chan bool)
	go func() {
		p[10] = 1
		p[0] = 1
		done <- true
	}()
	q := p
	<-done
	fmt.Println(q[0], q[10])
}
`)
	if err != nil {
		t.Fatal(err)
	}
	for _, fine := range []bool{false, true} {
		seen, res := outputs(t, p, ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 2, FineGrained: fine, NoRaceDetector: fine})
		for _, want := range []string{"0 0\n", "1 1\n", "0 1\n"} {
			if seen[want] == 0 {
				t.Errorf("fine=%v: dfs never printed %q; printed %q (%s)", fine, want, keys(seen), res.Verdict)
			}
		}
		if len(seen) != 3 {
			t.Errorf("fine=%v: dfs printed %q, want the three mixes a copy from the first word to the last gives", fine, keys(seen))
		}
	}
}
