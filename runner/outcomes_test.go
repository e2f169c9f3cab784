package runner

// Outcome-set tests: explore must reach every outcome real Go reaches, and
// nothing real Go cannot reach.
//
// Each program testdata/outcomes/NAME.go has a golden file NAME.golden
// holding the SET of outcomes real Go produced — exit status, first line of
// stderr and the whole of stdout — over many runs of one binary at
// GOMAXPROCS=1 and GOMAXPROCS=2, with counts. The test explores the program
// with Interleave (exhaustive dfs under a preemption bound, plus many random
// and PCT schedules) and fails when
//
//   - an outcome real Go produced is never reached (the model is unsound:
//     it misses an interleaving Go performs), or
//   - Interleave reaches an outcome real Go never showed and the golden file
//     does not list it under "possible" with a one-line reason (the model is
//     too loose, or the golden's runs were unlucky: say which), or
//   - dfs reports no failure although the golden holds a failing outcome.
//
// # Adding a program
//
//  1. Write testdata/outcomes/NAME.go: a small main package whose result
//     depends on the schedule. Keep it short-running (real Go runs it
//     hundreds of times) and free of other nondeterminism (no time.Now,
//     no map printing order). Optional knobs, on a line of their own:
//
//     // outcomes: dfs-bound=2 dfs-runs=5000 random=300 pct=300 real-runs=300 max-steps=2000000
//
//     (the values shown are the defaults). min-reached=N also demands that
//     Interleave reach at least N distinct outcomes: both orders of a race.
//  2. Record what real Go does (runs the real toolchain; never in CI):
//
//     go test ./runner -run 'TestOutcomes/NAME$' -update
//
//  3. Run the test without -update. If Interleave reaches an outcome Go did
//     not show, either it is a bug, or Go can produce it and these runs were
//     unlucky: then add a line to NAME.golden (kept by later -update runs)
//
//     possible exit=0 stderr="" stdout="..." -- why Go can produce it
//
// Normal runs read the golden file only; they never run the toolchain.

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"interleave/runner/sched"
)

// outcomeKey is what a run of a program amounts to, for comparing with real Go.
type outcomeKey struct {
	Exit   int
	Stderr string // first line only: the rest is goroutine traces with addresses
	Stdout string
}

func (k outcomeKey) String() string {
	return fmt.Sprintf("exit=%d stderr=%s stdout=%s", k.Exit, strconv.Quote(k.Stderr), strconv.Quote(k.Stdout))
}

// failing reports whether the outcome is a crash explore must find.
func (k outcomeKey) failing() bool {
	return k.Exit == 2 && (strings.HasPrefix(k.Stderr, "panic: ") || strings.HasPrefix(k.Stderr, "fatal error: "))
}

func outcomeOf(r *Result) outcomeKey {
	return outcomeKey{Exit: r.ExitCode, Stderr: firstLineOf(r.Stderr), Stdout: r.Stdout}
}

func firstLineOf(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// outcomeKnobs are a program's exploration settings.
type outcomeKnobs struct {
	DFSBound, DFSRuns, Random, PCT, RealRuns int
	MaxSteps                                 int64
	MinReached                               int // distinct outcomes Interleave must reach: both orders of a race

}

var knobLine = regexp.MustCompile(`(?m)^// outcomes:(.*)$`)

func parseKnobs(src string) (outcomeKnobs, error) {
	k := outcomeKnobs{DFSBound: 2, DFSRuns: 5000, Random: 300, PCT: 300, RealRuns: 300, MaxSteps: 2_000_000}
	m := knobLine.FindStringSubmatch(src)
	if m == nil {
		return k, nil
	}
	for _, f := range strings.Fields(m[1]) {
		name, val, ok := strings.Cut(f, "=")
		n, err := strconv.ParseInt(val, 10, 64)
		if !ok || err != nil {
			return k, fmt.Errorf("bad knob %q", f)
		}
		switch name {
		case "dfs-bound":
			k.DFSBound = int(n)
		case "dfs-runs":
			k.DFSRuns = int(n)
		case "random":
			k.Random = int(n)
		case "pct":
			k.PCT = int(n)
		case "real-runs":
			k.RealRuns = int(n)
		case "max-steps":
			k.MaxSteps = n
		case "min-reached":
			k.MinReached = int(n)
		default:
			return k, fmt.Errorf("unknown knob %q", name)
		}
	}
	return k, nil
}

// goldenOutcomes is a parsed NAME.golden.
type goldenOutcomes struct {
	observed map[outcomeKey][2]int // counts at GOMAXPROCS=1 and 2
	possible map[outcomeKey]string // with the reason Go can produce it
}

// parseOutcome reads `exit=N stderr="…" stdout="…"` and returns the rest.
func parseOutcome(s string) (outcomeKey, string, error) {
	var k outcomeKey
	rest, ok := strings.CutPrefix(s, "exit=")
	if !ok {
		return k, "", errors.New("want exit=")
	}
	num, rest, _ := strings.Cut(rest, " ")
	n, err := strconv.Atoi(num)
	if err != nil {
		return k, "", err
	}
	k.Exit = n
	for _, f := range []struct {
		name string
		dst  *string
	}{{"stderr=", &k.Stderr}, {"stdout=", &k.Stdout}} {
		if rest, ok = strings.CutPrefix(strings.TrimLeft(rest, " "), f.name); !ok {
			return k, "", errors.New("want " + f.name)
		}
		q, err := strconv.QuotedPrefix(rest)
		if err != nil {
			return k, "", err
		}
		*f.dst, _ = strconv.Unquote(q)
		rest = rest[len(q):]
	}
	return k, strings.TrimSpace(rest), nil
}

func readGolden(path string) (*goldenOutcomes, error) {
	g := &goldenOutcomes{observed: map[outcomeKey][2]int{}, possible: map[outcomeKey]string{}}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for ln := 1; sc.Scan(); ln++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kw, rest, _ := strings.Cut(line, " ")
		switch kw {
		case "observed":
			var n1, n2 int
			f := strings.SplitN(rest, " ", 3)
			if len(f) != 3 {
				return nil, fmt.Errorf("%s:%d: want observed N1 N2 exit=…", path, ln)
			}
			if n1, err = strconv.Atoi(f[0]); err == nil {
				n2, err = strconv.Atoi(f[1])
			}
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", path, ln, err)
			}
			k, tail, err := parseOutcome(f[2])
			if err != nil || tail != "" {
				return nil, fmt.Errorf("%s:%d: bad outcome (%v, trailing %q)", path, ln, err, tail)
			}
			g.observed[k] = [2]int{n1, n2}
		case "possible":
			k, tail, err := parseOutcome(rest)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", path, ln, err)
			}
			reason, ok := strings.CutPrefix(tail, "-- ")
			if !ok || strings.TrimSpace(reason) == "" {
				return nil, fmt.Errorf("%s:%d: a possible outcome needs `-- reason`", path, ln)
			}
			g.possible[k] = reason
		default:
			return nil, fmt.Errorf("%s:%d: unknown line kind %q", path, ln, kw)
		}
	}
	return g, sc.Err()
}

func sortedKeys[V any](m map[outcomeKey]V) []outcomeKey {
	keys := make([]outcomeKey, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	return keys
}

func writeGolden(path, name string, knobs outcomeKnobs, g *goldenOutcomes) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Outcomes of %s.go under real Go (%s %s/%s): %d runs of one binary at GOMAXPROCS=1, %d at GOMAXPROCS=2.\n",
		name, runtime.Version(), runtime.GOOS, runtime.GOARCH, knobs.RealRuns, knobs.RealRuns)
	fmt.Fprintf(&b, "# Rewrite with: go test ./runner -run 'TestOutcomes/%s$' -update (keeps the possible lines).\n", name)
	b.WriteString("# observed COUNT@GOMAXPROCS=1 COUNT@GOMAXPROCS=2 OUTCOME\n")
	b.WriteString("# possible OUTCOME -- why Go can produce it although these runs did not\n")
	for _, k := range sortedKeys(g.observed) {
		c := g.observed[k]
		fmt.Fprintf(&b, "observed %d %d %s\n", c[0], c[1], k)
	}
	for _, k := range sortedKeys(g.possible) {
		if _, seen := g.observed[k]; seen {
			continue
		}
		fmt.Fprintf(&b, "possible %s -- %s\n", k, g.possible[k])
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// recordRealOutcomes builds prog with the real toolchain and runs the binary
// knobs.RealRuns times at GOMAXPROCS=1 and as often at GOMAXPROCS=2.
func recordRealOutcomes(t *testing.T, src string, knobs outcomeKnobs) map[outcomeKey][2]int {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatal("-update needs the go toolchain on PATH")
	}
	dir := t.TempDir()
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	writeProgramModule(t, dir, "outcomes", "1.26")
	must(os.WriteFile(filepath.Join(dir, "prog.go"), []byte(src), 0o644))
	build := exec.Command(goBin, "build", "-o", "prog", ".")
	build.Dir = dir
	build.Env = append(envWithout("GOWORK", "GOTOOLCHAIN", "GOFLAGS", "GOPROXY", "CGO_ENABLED", "GOOS", "GOARCH"),
		"GOWORK=off", "GOTOOLCHAIN=local", "GOFLAGS=-buildvcs=false", "GOPROXY=off", "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("real go build: %v\n%s", err, out)
	}
	counts := map[outcomeKey][2]int{}
	for procs := 1; procs <= 2; procs++ {
		for range knobs.RealRuns {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			cmd := exec.CommandContext(ctx, filepath.Join(dir, "prog"))
			cmd.Dir = dir
			cmd.Env = append(envWithout("GOMAXPROCS", "GOTRACEBACK", "GODEBUG"), "GOTRACEBACK=single", "GOMAXPROCS="+strconv.Itoa(procs))
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			timedOut := ctx.Err() != nil
			cancel()
			if timedOut {
				t.Fatalf("the real binary ran longer than 10 s at GOMAXPROCS=%d", procs)
			}
			code := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			k := outcomeKey{Exit: code, Stderr: firstLineOf(stderr.String()), Stdout: stdout.String()}
			c := counts[k]
			c[procs-1]++
			counts[k] = c
		}
	}
	return counts
}

// envWithout is the environment minus the named variables, for building
// and running real Go programs.
func envWithout(drop ...string) []string {
	var env []string
next:
	for _, kv := range os.Environ() {
		for _, d := range drop {
			if strings.HasPrefix(kv, d+"=") {
				continue next
			}
		}
		env = append(env, kv)
	}
	return env
}

// reached is what exploring a program produced: each outcome with the
// strategies that reached it and one schedule token.
type reached struct {
	by    map[outcomeKey]map[string]int
	token map[outcomeKey]string
}

func (r *reached) add(strategy string, res *Result) {
	k := outcomeOf(res)
	if r.by[k] == nil {
		r.by[k] = map[string]int{}
		r.token[k] = res.Schedule()
	}
	r.by[k][strategy]++
}

// exploreOutcomes runs p under a bounded dfs and under many random and PCT
// schedules, using the same strategies as Explore.
func exploreOutcomes(p *Program, knobs outcomeKnobs) *reached {
	return exploreOutcomesWith(p, knobs, false)
}

// exploreOutcomesWith is exploreOutcomes, race-directed as Explore is by
// default, or fine-grained (every shared access visible, no detector).
func exploreOutcomesWith(p *Program, knobs outcomeKnobs, fine bool) *reached {
	r := &reached{by: map[outcomeKey]map[string]int{}, token: map[outcomeKey]string{}}
	// Race-directed, as Explore is: racy accesses seen become scheduling
	// points for every later run, of every strategy.
	races := newRaceSearch(p, ExploreOptions{FineGrained: fine, NoRaceDetector: fine})
	opts := races.options(Options{MaxSteps: knobs.MaxSteps, FineGrained: fine})
	learn := func(res *Result) bool {
		if !races.learn(res) {
			return false
		}
		opts = races.options(opts)
		return true
	}
	// Fewest preemptions first, as the CLI's dfs: an outcome one switch
	// away must not wait behind thousands of two-switch schedules.
	dfs := newDFSStrategyUpTo(knobs.DFSBound, true)
	for i := 0; i < knobs.DFSRuns; i++ {
		c, ok := dfs.next()
		if !ok {
			break
		}
		res := p.drive(opts, c.(*sched.DFS))
		kind := dfs.done(res)
		if learn(res) {
			dfs = dfs.restart()
		}
		if kind == runPruned {
			continue
		}
		r.add("dfs", res)
	}
	rnd := &randomStrategy{seed: 1}
	for range knobs.Random {
		c, _ := rnd.next()
		res := p.RunWith(opts, c)
		learn(res)
		r.add("random", res)
	}
	pct := &pctStrategy{seed: 1, depth: 3}
	for range knobs.PCT {
		c, _ := pct.next()
		res := p.RunWith(opts, c)
		pct.done(res)
		learn(res)
		r.add("pct", res)
	}
	return r
}

// checkOutcomes compares what exploring reached with the golden set.
func checkOutcomes(t *testing.T, g *goldenOutcomes, r *reached, knobs outcomeKnobs) {
	t.Helper()
	for _, k := range sortedKeys(g.observed) {
		if r.by[k] == nil {
			c := g.observed[k]
			t.Errorf("real Go reached %s (%d+%d runs), Interleave never did", k, c[0], c[1])
		}
	}
	for _, k := range sortedKeys(r.by) {
		_, obs := g.observed[k]
		_, pos := g.possible[k]
		if !obs && !pos {
			t.Errorf("Interleave reached %s (%v; schedule %s), which real Go never showed and the golden does not list as possible", k, r.by[k], r.token[k])
		}
	}
	if len(r.by) < knobs.MinReached {
		t.Errorf("Interleave reached %d distinct outcomes, want at least %d", len(r.by), knobs.MinReached)
	}
	for _, k := range sortedKeys(g.possible) {
		if r.by[k] == nil {
			t.Logf("listed as possible but not reached: %s", k)
		}
	}
}

// checkDFSFinds asserts that an exhaustive (bounded) dfs exploration never
// says "no failure" when the golden holds a failing outcome.
func checkDFSFinds(t *testing.T, p *Program, g *goldenOutcomes, knobs outcomeKnobs) {
	t.Helper()
	var failing []outcomeKey
	for k := range g.observed {
		if k.failing() {
			failing = append(failing, k)
		}
	}
	for k := range g.possible {
		if k.failing() {
			failing = append(failing, k)
		}
	}
	if len(failing) == 0 {
		return
	}
	// The program's fixed bound first (depth-first, some failures need
	// its two switches and a small budget), then dfs as the CLI runs it by
	// default, fewest preemptions first: within a budget a fixed bound can
	// spend every run on two-switch variations and miss a failure one
	// switch reaches.
	res := p.Explore(ExploreOptions{Strategy: StrategyDFS, PreemptionBound: knobs.DFSBound, Runs: knobs.DFSRuns, StopAtFirst: true})
	if res.Failures == 0 && !res.Exhausted {
		res = p.Explore(ExploreOptions{Strategy: StrategyDFS, PreemptionBound: -1, Runs: knobs.DFSRuns, StopAtFirst: true})
	}
	if res.Failures == 0 {
		t.Errorf("dfs says %q, but real Go fails with %s", res.Verdict, failing[0])
	}
}

func TestOutcomes(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "outcomes", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no programs in testdata/outcomes")
	}
	update := false
	if f := flag.Lookup("update"); f != nil {
		update = f.Value.String() == "true"
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".go")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			knobs, err := parseKnobs(string(src))
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			goldenPath := strings.TrimSuffix(file, ".go") + ".golden"
			if update {
				old, err := readGolden(goldenPath)
				if err != nil {
					old = &goldenOutcomes{possible: map[outcomeKey]string{}}
				}
				g := &goldenOutcomes{observed: recordRealOutcomes(t, string(src), knobs), possible: old.possible}
				if err := writeGolden(goldenPath, name, knobs, g); err != nil {
					t.Fatal(err)
				}
			}
			if !update {
				t.Parallel()
			}
			g, err := readGolden(goldenPath)
			if err != nil {
				t.Fatalf("%v (record it with: go test ./runner -run 'TestOutcomes/%s$' -update)", err, name)
			}
			p, err := Compile(string(src))
			if err != nil {
				t.Fatalf("Compile: %v", err)
			}
			checkOutcomes(t, g, exploreOutcomes(p, knobs), knobs)
			checkDFSFinds(t, p, g, knobs)
		})
	}
}

// TestOutcomesDFSFewestPreemptionsFirst: the outcome test's dfs reaches,
// within its run budget and without random or PCT runs, an outcome of
// fuzz_one_switch that needs a single switch. With a fixed bound of 2 the
// depth-first order spent the 5000 runs on two-switch variations of the
// last goroutines and never got there.
func TestOutcomesDFSFewestPreemptionsFirst(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "dfsorder", "fuzz_one_switch.go"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Compile(string(src))
	if err != nil {
		t.Fatal(err)
	}
	knobs, err := parseKnobs(string(src))
	if err != nil {
		t.Fatal(err)
	}
	knobs.Random, knobs.PCT = 0, 0
	want := outcomeKey{Stdout: "g1 5\n[[l0 c6] [s0 c- s0 T] [s0 y4] [casfalse y7 once]] 2 7 7 0 0 [0 0 0]\n"}
	if r := exploreOutcomes(p, knobs); r.by[want] == nil {
		t.Errorf("dfs never reached %s (%d outcomes reached)", want, len(r.by))
	}
}

// TestOutcomesDFSFindsOneSwitchFailure: checkDFSFinds finds
// fuzz_one_switch_panic's panic, which needs one switch (main stopped
// before its x++); dfs at the fixed bound 2 alone said "no failure in
// 4999 interleavings".
func TestOutcomesDFSFindsOneSwitchFailure(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "dfsorder", "fuzz_one_switch_panic.go"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Compile(string(src))
	if err != nil {
		t.Fatal(err)
	}
	g := &goldenOutcomes{observed: map[outcomeKey][2]int{{Exit: 2, Stderr: "panic: x0 [recovered, repanicked]"}: {0, 1}}}
	knobs, err := parseKnobs(string(src))
	if err != nil {
		t.Fatal(err)
	}
	checkDFSFinds(t, p, g, knobs)
}

// A dfs with an explicit bound and RaiseBound (the CLI's --preemption-bound
// K) raises the bound 0, 1, … K in turn: on fuzz_one_switch_panic, whose
// real-Go panic needs one switch, the fixed bound 2 spends a 1000-run
// budget on two-switch variations without reaching it; raising finds it.
func TestExploreRaiseBoundFindsOneSwitchFailure(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "dfsorder", "fuzz_one_switch_panic.go"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Compile(string(src))
	if err != nil {
		t.Fatal(err)
	}
	res := p.Explore(ExploreOptions{Strategy: StrategyDFS, Runs: 1000, PreemptionBound: 2, RaiseBound: true, Workers: 1, StopAtFirst: true})
	if res.FirstFailure == nil || !strings.HasPrefix(res.FirstFailure.Stderr, "panic: x0 [recovered, repanicked]") {
		t.Errorf("dfs raising its bound to 2 within 1000 runs: %s, want the one-switch panic", res.Verdict)
	}
}
