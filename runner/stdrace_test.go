package runner

import (
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// Races whose both sides are inside the standard library (two goroutines
// calling WriteString on one strings.Builder) are interleaved like races in
// prog.go: the detector's sites inside the library's code become
// scheduling points (vm.stdSites). The outcome SETS come from real Go
// (testdata/outcomes/stdrace_*.golden); these tests add that dfs alone
// reaches the lost write and covers it, that the detector is what finds
// it, and that tokens naming library sites replay in a fresh image.

// TestStdRaceDFS: exhaustive dfs alone reaches both orders of the two
// writes and the lost one, for a Builder, a Buffer and fmt.Fprintf; without
// the race detector only the two orders are reachable.
func TestStdRaceDFS(t *testing.T) {
	const tmpl = `package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

var _ = bytes.MinRead
var _ = strings.ToUpper

func main() {
	var b DECL
	var wg sync.WaitGroup
	for _, s := range []string{"ab", "cd"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			CALL
		}()
	}
	wg.Wait()
	fmt.Println(b.String())
}
`
	for _, c := range []struct{ name, decl, call string }{
		{"builder", "strings.Builder", "b.WriteString(s)"},
		{"buffer", "bytes.Buffer", "b.WriteString(s)"},
		{"fprintf", "strings.Builder", `fmt.Fprintf(&b, "%s", s)`},
		{"buffer_write", "bytes.Buffer", "b.Write([]byte(s))"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			src := strings.NewReplacer("DECL", c.decl, "CALL", c.call).Replace(tmpl)
			p, err := Compile(src)
			if err != nil {
				t.Fatal(err)
			}
			seen, res := outputs(t, p, ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 2, Runs: 5000})
			for _, w := range []string{"abcd\n", "cdab\n"} {
				if seen[w] == 0 {
					t.Errorf("dfs never printed %q; printed %q", w, keys(seen))
				}
			}
			if seen["ab\n"]+seen["cd\n"] == 0 {
				t.Errorf("dfs never lost a write; printed %q: %s", keys(seen), res.Verdict)
			}
			if !res.Exhausted || res.VisibleSites == 0 || len(res.Races) == 0 {
				t.Errorf("exhausted %v, %d visible sites, races %v: %s", res.Exhausted, res.VisibleSites, res.Races, res.Verdict)
			}
			off, res := outputs(t, p, ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 2, NoRaceDetector: true})
			if got := keys(off); !reflect.DeepEqual(got, []string{"abcd\n", "cdab\n"}) || res.VisibleSites != 0 {
				t.Errorf("with the detector off: printed %q, %d visible sites; want only both orders", got, res.VisibleSites)
			}
		})
	}
}

// TestStdRaceTokenReplaysInFreshImage: a token of a lost write names sites
// inside strings.Builder; the same program compiled into a new image (as
// in another process, or after other programs) numbers them the same way,
// so the token replays. The token is made in an image where a reflect
// program was compiled first: before, the builder program then adopted
// std functions compiled by it without the methods of the types they put
// in interfaces (reflect.Value's, which sort before strings.Builder's),
// its library sites were numbered differently, and the tokens printed
// "abcd\n" in the new image (the flake of issue 9).
func TestStdRaceTokenReplaysInFreshImage(t *testing.T) {
	path := filepath.Join("testdata", "outcomes", "stdrace_builder_small.go")
	newImage()
	compileFile(t, filepath.Join("testdata", "outcomes", "reflect_send_recv.go"))
	p := compileFile(t, path)
	tokens := map[string]string{}
	o := ExploreOptions{Strategy: StrategyDFS, PreemptionBound: 2}
	o.observe = func(r *Result) {
		if _, ok := tokens[r.Stdout]; !ok {
			tokens[r.Stdout] = r.Schedule()
		}
	}
	p.Explore(o)
	lost := tokens["ab\n"]
	if lost == "" {
		lost = tokens["cd\n"]
	}
	if lost == "" || !strings.HasPrefix(lost, "s2.") {
		t.Fatalf("no lost write with an s2 token: %q", tokens)
	}
	newImage()
	for _, other := range []string{"stdrace_fprintf.go", "stdrace_sort.go"} {
		compileFile(t, filepath.Join("testdata", "outcomes", other))
	}
	q := compileFile(t, path)
	newImage()
	r := compileFile(t, path)
	for out, tok := range tokens {
		for _, p := range []*Program{q, r} {
			if r := p.Run(Options{Schedule: tok}); r.Stdout != out {
				t.Errorf("token %s printed %q in a new image, %q when explored", tok, r.Stdout, out)
			}
		}
	}
}

// newImage makes the next compile start a new image, as a new process's
// first compile does.
func newImage() {
	shared.mu.Lock()
	shared.img = nil
	shared.mu.Unlock()
}

// TestStdSitesIndependentOfImage: the library's site IDs of a program are
// the same whatever the process compiled before it (a program adopts the
// std's compiled functions, with what they reach: before, a ctx or
// reflect program compiled first took hundreds of sites out of the
// others' tables), and each names one function name and pc.
func TestStdSitesIndependentOfImage(t *testing.T) {
	dir := filepath.Join("testdata", "outcomes")
	targets := []string{"stdrace_builder_small.go", "exit_vs_panic.go", "reflect_map_set_vs_marshal.go", "stdrace_flagset.go"}
	fresh := map[string][]string{}
	for _, f := range targets {
		newImage()
		fresh[f] = compileFile(t, filepath.Join(dir, f)).vm.StdSiteKeys()
		seen := map[string]bool{}
		for _, k := range fresh[f] {
			if seen[k] {
				t.Errorf("%s: two library site IDs name %s", f, k)
			}
			seen[k] = true
		}
	}
	for _, before := range []string{"reflect_send_recv.go", "ctx_child_sees_parent.go", "stdout_write_order.go"} {
		for _, f := range targets {
			newImage()
			compileFile(t, filepath.Join(dir, before))
			got := compileFile(t, filepath.Join(dir, f)).vm.StdSiteKeys()
			if !slices.Equal(got, fresh[f]) {
				i := 0
				for i < min(len(got), len(fresh[f])) && got[i] == fresh[f][i] {
					i++
				}
				t.Errorf("%s after %s: %d library sites, %d in a new image; first difference at ID %d", f, before, len(got), len(fresh[f]), i)
			}
		}
	}
}

// TestParkWithoutObjectForgetsTheLast: a goroutine that parked on a mutex
// and later parks in a select or a sleep waits for no object: the mutex's
// Unlock must not wake it (before, it kept the mutex as its wait object and
// was woken spuriously, a wasted step and, for a sleep, a Sleep run again).
func TestParkWithoutObjectForgetsTheLast(t *testing.T) {
	const src = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	ch := make(chan int)
	mu.Lock()
	go func() {
		mu.Lock()
		mu.Unlock()
		select {
		case v := <-ch:
			fmt.Println(v)
		}
		time.Sleep(time.Millisecond)
		ch <- 2
	}()
	time.Sleep(time.Millisecond)
	mu.Unlock()
	time.Sleep(time.Millisecond)
	mu.Lock()
	mu.Unlock()
	ch <- 1
	mu.Lock()
	mu.Unlock()
	fmt.Println(<-ch)
}
`
	p, err := Compile(src)
	if err != nil {
		t.Fatal(err)
	}
	for seed := int64(1); seed <= 20; seed++ {
		r := p.Run(Options{Seed: seed, Trace: true})
		if r.Stdout != "1\n2\n" {
			t.Fatalf("seed %d printed %q", seed, r.Stdout)
		}
		blocks := 0
		for _, e := range r.Trace {
			if e.Block == "select" || e.Block == "sleep" {
				blocks++
				if e.Obj != "" {
					t.Errorf("seed %d: a %s parks on %s, an object of an earlier park", seed, e.Block, e.Obj)
				}
			}
		}
		if blocks == 0 {
			t.Fatalf("seed %d: no select or sleep parked: %+v", seed, r.Trace)
		}
	}
}
