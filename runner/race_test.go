package runner_test

// Race detector tests. The oracle is the real toolchain's -race: every
// program in testdata/race is built with `go build -race` and run, then run
// by Interleave with Options.Race, and the two must agree on stdout, the exit
// status (66 when races were found and the program otherwise exited 0), and
// the reports after normalisation: same WARNING blocks, same access kinds in
// the same order ("Read at" / "Previous write at" …), same functions and
// prog.go lines in every stack, same "Goroutine N (running|finished)
// created at" sections, same "Found N data race(s)". Goroutine numbers and
// addresses are renamed by order of appearance (Go's goroutines start at 7,
// Interleave's at 2), source paths become prog.go, pc offsets go, and frames
// outside prog.go keep their function name but not their file.
//
// The programs order their goroutines with time.Sleep — not synchronisation,
// so the races stay races — which makes real Go's reports deterministic.
// Programs named racy_* must report races in every schedule, clean_* none.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"interleave/runner"
)

func raceTestdata(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "race", "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs in testdata/race: %v", err)
	}
	sort.Strings(files)
	return files
}

func raceName(f string) string { return strings.TrimSuffix(filepath.Base(f), ".go") }

func compileFile(t *testing.T, f string) *runner.Program {
	t.Helper()
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	p, err := runner.Compile(string(src))
	if err != nil {
		t.Fatalf("Compile %s: %v", f, err)
	}
	return p
}

func TestRaceOracle(t *testing.T) {
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no Go toolchain under GOOS=" + runtime.GOOS)
	}
	if testing.Short() {
		t.Skip("builds every program with go build -race; skipped with -short")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go toolchain not on PATH")
	}
	if out, err := exec.Command(goBin, "env", "CC").Output(); err != nil || strings.TrimSpace(string(out)) == "" {
		t.Skip("no C compiler: -race needs cgo")
	} else if _, err := exec.LookPath(strings.Fields(string(out))[0]); err != nil {
		t.Skip("C compiler " + strings.TrimSpace(string(out)) + " not found: -race needs cgo")
	}
	files := raceTestdata(t)
	real := raceBuildAndRun(t, goBin, files)

	for _, f := range files {
		name := raceName(f)
		want := real[name]
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			got := compileFile(t, f).Run(runner.Options{Seed: 1, Race: true})
			// The programs order their goroutines with sleeps, which real
			// Go honours only as long as the OS runs it in time: on a
			// loaded machine a real run can take another order. So
			// Interleave's run must be one of the real outcomes, sampled
			// a few times, not equal to a single sample.
			var diffs []string
			for i := 0; i < raceRealSamples; i++ {
				if i > 0 {
					want = want.again()
				}
				if want.runErr != "" {
					t.Fatalf("the real binary did not run: %s", want.runErr)
				}
				d := raceDiff(got, want)
				if d == "" {
					return
				}
				if i == 0 {
					diffs = append(diffs, d)
				}
			}
			t.Errorf("no run of %d of the real binary is like Interleave's; the first differs so:\n%s", raceRealSamples, diffs[0])
		})
	}
}

// raceRealSamples bounds the real runs a race oracle program is compared
// with.
const raceRealSamples = 5

// raceDiff says how Interleave's run differs from a real run, "" if not.
func raceDiff(got *runner.Result, want *raceRealRun) string {
	var b strings.Builder
	if got.Stdout != want.stdout {
		fmt.Fprintf(&b, "stdout:\n got: %q\nreal: %q\n", got.Stdout, want.stdout)
	}
	if got.ExitCode != want.exitCode {
		fmt.Fprintf(&b, "exit status: got %d, real Go %d (outcome %s: %s)\n", got.ExitCode, want.exitCode, got.Outcome.Kind, got.Outcome.Message)
	}
	gotRacy, wantRacy := strings.Contains(got.Stderr, "WARNING: DATA RACE"), strings.Contains(want.stderr, "WARNING: DATA RACE")
	if gotRacy != wantRacy {
		fmt.Fprintf(&b, "verdict: racy=%v, real Go racy=%v\n", gotRacy, wantRacy)
	}
	gotReports, gotRest := splitRaceReports(got.Stderr)
	wantReports, wantRest := splitRaceReports(want.stderr)
	if g, w := normalizeRace(gotReports), normalizeRace(wantReports); g != w {
		fmt.Fprintf(&b, "normalised race reports differ\n--- real go -race:\n%s\n--- interleave --race:\n%s\n", w, g)
	}
	// The rest of stderr is the program's own output and, after a panic,
	// its message; the goroutine trace is the oracle test's.
	if g, w := beforeBlank(gotRest), beforeBlank(wantRest); g != w {
		fmt.Fprintf(&b, "stderr outside the reports:\n got: %q\nreal: %q\n", g, w)
	}
	return b.String()
}

type raceRealRun struct {
	stdout, stderr string
	exitCode       int
	runErr         string
	again          func() *raceRealRun // runs the binary once more
}

// raceBuildAndRun builds every program with -race in one `go build` (one
// package per program in a temporary module) and runs the binaries.
func raceBuildAndRun(t *testing.T, goBin string, files []string) map[string]*raceRealRun {
	t.Helper()
	tmp := t.TempDir()
	mod, bin := filepath.Join(tmp, "mod"), filepath.Join(tmp, "bin")
	for _, d := range []string{mod, bin} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module raceoracle\n\ngo "+raceGoVersion(goBin)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join(mod, raceName(f))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "prog.go"), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	cmd := exec.Command(goBin, "build", "-race", "-o", bin+string(filepath.Separator), "./...")
	cmd.Dir = mod
	cmd.Env = append(runner.EnvWithout("GOWORK", "GOTOOLCHAIN", "GOFLAGS", "GOPROXY", "CGO_ENABLED", "GOOS", "GOARCH"),
		"GOWORK=off", "GOTOOLCHAIN=local", "GOFLAGS=-buildvcs=false", "GOPROXY=off", "CGO_ENABLED=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		s := string(out)
		if strings.Contains(s, "requires cgo") || strings.Contains(s, "not supported") || strings.Contains(s, "C compiler") {
			t.Skipf("go build -race is not available here: %s", strings.TrimSpace(s))
		}
		t.Fatalf("go build -race: %v\n%s", err, s)
	}
	t.Logf("go build -race: %d programs in %v", len(files), time.Since(start).Round(time.Millisecond))

	results := map[string]*raceRealRun{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for _, f := range files {
		name := raceName(f)
		wg.Add(1)
		var run func() *raceRealRun
		run = func() *raceRealRun {
			r := &raceRealRun{again: run}
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			exe := filepath.Join(bin, name)
			if runtime.GOOS == "windows" {
				exe += ".exe"
			}
			c := exec.CommandContext(ctx, exe)
			c.Dir = filepath.Join(mod, name)
			// atexit_sleep_ms=0: TSan otherwise sleeps a second at exit.
			// GOMAXPROCS=1 and no asynchronous preemption: the programs
			// order their goroutines with sleeps (an order the detector
			// must not see as synchronisation). With one P, a goroutine
			// that sleeps hands over at once and the goroutines it
			// started run until they block or end; with two, the other
			// P waits for an OS thread, and on a loaded machine the wait,
			// or a preemption after the thread lost the CPU, outlasts
			// the sleep.
			c.Env = append(runner.EnvWithout("GOTRACEBACK", "GODEBUG", "GORACE", "GOMAXPROCS"),
				"GOTRACEBACK=single", "GORACE=atexit_sleep_ms=0", "GOMAXPROCS=1", "GODEBUG=asyncpreemptoff=1")
			var stdout, stderr bytes.Buffer
			c.Stdout, c.Stderr = &stdout, &stderr
			err := c.Run()
			r.stdout, r.stderr = stdout.String(), stderr.String()
			var ee *exec.ExitError
			switch {
			case ctx.Err() != nil:
				r.runErr = "timed out"
			case errors.As(err, &ee):
				r.exitCode = ee.ExitCode()
			case err != nil:
				r.runErr = err.Error()
			}
			return r
		}
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			r := run()
			mu.Lock()
			results[name] = r
			mu.Unlock()
		}()
	}
	wg.Wait()
	return results
}

func raceGoVersion(goBin string) string {
	out, err := exec.Command(goBin, "env", "GOVERSION").Output()
	if err == nil {
		if m := regexp.MustCompile(`^go(\d+\.\d+)`).FindStringSubmatch(strings.TrimSpace(string(out))); m != nil {
			return m[1]
		}
	}
	return "1.26"
}

// splitRaceReports separates the race reports and the "Found N data
// race(s)" line from the rest of stderr.
func splitRaceReports(s string) (reports, rest string) {
	var r, o []string
	in := false
	for _, l := range strings.SplitAfter(s, "\n") {
		switch {
		case l == "==================\n":
			r = append(r, l)
			in = !in
		case in || strings.HasPrefix(l, "Found ") && strings.HasSuffix(l, " data race(s)\n"):
			r = append(r, l)
		default:
			o = append(o, l)
		}
	}
	return strings.Join(r, ""), strings.Join(o, "")
}

func beforeBlank(s string) string {
	before, _, _ := strings.Cut(s, "\n\n")
	return before
}

var (
	reRaceFrameFile = regexp.MustCompile(`^      (\S+?):(\d+) \+0x[0-9a-f]+$`)
	reTraceFile     = regexp.MustCompile(`^\t(\S+?):(\d+)(?: \+0x[0-9a-f]+)?$`)
	reRaceGoroutine = regexp.MustCompile(`([Gg]oroutine) (\d+)`)
	reRaceAddr      = regexp.MustCompile(`0x[0-9a-f]{12}`)
)

// normalizeRace reduces stderr with race reports (and possibly a panic
// trace) to what both implementations must agree on.
func normalizeRace(s string) string {
	gids, addrs := map[string]string{}, map[string]string{}
	var out []string
	for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		if m := reRaceFrameFile.FindStringSubmatch(l); m != nil {
			if strings.HasSuffix(m[1], "prog.go") {
				l = "      prog.go:" + m[2]
			} else {
				l = "      (outside prog.go)"
			}
		} else if m := reTraceFile.FindStringSubmatch(l); m != nil {
			if !strings.HasSuffix(m[1], "prog.go") {
				continue
			}
			l = "\tprog.go:" + m[2]
		}
		l = reRaceGoroutine.ReplaceAllStringFunc(l, func(g string) string {
			m := reRaceGoroutine.FindStringSubmatch(g)
			if _, ok := gids[m[2]]; !ok {
				gids[m[2]] = fmt.Sprintf("G%d", len(gids)+1)
			}
			return m[1] + " " + gids[m[2]]
		})
		l = reRaceAddr.ReplaceAllStringFunc(l, func(a string) string {
			if _, ok := addrs[a]; !ok {
				addrs[a] = fmt.Sprintf("ADDR%d", len(addrs)+1)
			}
			return addrs[a]
		})
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// TestRaceVerdictEverySchedule: the verdict does not depend on the
// schedule. Happens-before sees an unordered pair of accesses even when the
// scheduler happened to run them one after the other.
func TestRaceVerdictEverySchedule(t *testing.T) {
	seeds := 12
	if testing.Short() {
		seeds = 4
	}
	for _, f := range raceTestdata(t) {
		name := raceName(f)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			p := compileFile(t, f)
			racy := strings.HasPrefix(name, "racy_")
			var first int
			for seed := int64(1); seed <= int64(seeds); seed++ {
				res := p.Run(runner.Options{Seed: seed, Race: true})
				n := strings.Count(res.Stderr, "WARNING: DATA RACE")
				if racy && n == 0 || !racy && n != 0 {
					t.Fatalf("seed %d: %d race report(s), want racy=%v\n%s", seed, n, racy, res.Stderr)
				}
				if seed == 1 {
					first = n
				} else if n != first {
					t.Errorf("seed %d: %d race reports, seed 1 had %d", seed, n, first)
				}
			}
		})
	}
}

const racyLoop = `package main

import "sync"

func main() {
	counter := 0
	var mu sync.Mutex
	_ = &mu
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				LOCK
				counter++
				UNLOCK
			}
		}()
	}
	wg.Wait()
	println(counter)
}
`

// TestRaceCounter: counter++ in goroutines without a lock is reported in
// every schedule, including ones that run the goroutines one after the
// other and print the right total; with a Mutex it is clean in every one.
func TestRaceCounter(t *testing.T) {
	racy, err := runner.Compile(strings.NewReplacer("LOCK", "", "UNLOCK", "").Replace(racyLoop))
	if err != nil {
		t.Fatal(err)
	}
	locked, err := runner.Compile(strings.NewReplacer("UNLOCK", "mu.Unlock()", "LOCK", "mu.Lock()").Replace(racyLoop))
	if err != nil {
		t.Fatal(err)
	}
	for seed := int64(1); seed <= 10; seed++ {
		res := racy.Run(runner.Options{Seed: seed, Race: true})
		if !strings.Contains(res.Stderr, "WARNING: DATA RACE") || res.ExitCode != 66 || res.Outcome.Kind != runner.OutcomeRace {
			t.Fatalf("seed %d: unlocked counter: exit %d, outcome %v, stderr:\n%s", seed, res.ExitCode, res.Outcome, res.Stderr)
		}
		if !strings.HasSuffix(res.Stderr, " data race(s)\n") || !strings.Contains(res.Stderr, "\nFound ") {
			t.Fatalf("seed %d: no summary line:\n%s", seed, res.Stderr)
		}
		if res.Explanation == "" || !strings.Contains(res.Outcome.Message, "prog.go:") {
			t.Errorf("seed %d: outcome %q, explanation %q", seed, res.Outcome.Message, res.Explanation)
		}
		res = locked.Run(runner.Options{Seed: seed, Race: true})
		if strings.Contains(res.Stderr, "DATA RACE") || res.ExitCode != 0 || res.Stderr != "150\n" {
			t.Fatalf("seed %d: locked counter: exit %d, stdout %q, stderr:\n%s", seed, res.ExitCode, res.Stdout, res.Stderr)
		}
	}
	// Replaying a racy run replays its report.
	a := racy.Run(runner.Options{Seed: 3, Race: true})
	b := racy.Run(runner.Options{Schedule: a.Schedule(), Race: true})
	if a.Stderr != b.Stderr || a.Stdout != b.Stdout {
		t.Errorf("replay differs:\n%s\n---\n%s", a.Stderr, b.Stderr)
	}
}

// TestRaceOff: without Options.Race nothing is reported and a racy program
// exits 0.
func TestRaceOff(t *testing.T) {
	p := compileFile(t, filepath.Join("testdata", "race", "racy_counter.go"))
	res := p.Run(runner.Options{Seed: 1})
	if res.ExitCode != 0 || res.Stderr != "counter: 2\n" || res.Outcome.Kind != runner.OutcomeOK {
		t.Fatalf("race detection off: exit %d, outcome %v, stderr %q", res.ExitCode, res.Outcome, res.Stderr)
	}
}

// TestRaceExplore: explore --race counts a racy schedule as a failure.
func TestRaceExplore(t *testing.T) {
	p := compileFile(t, filepath.Join("testdata", "race", "racy_flag.go"))
	r := p.Explore(runner.ExploreOptions{Race: true, Runs: 5, StopAtFirst: true})
	if r.Failures == 0 || r.FirstFailure == nil || !strings.Contains(r.FirstFailure.Stderr, "WARNING: DATA RACE") {
		t.Fatalf("explore --race found no race: %+v", r)
	}
	clean := compileFile(t, filepath.Join("testdata", "race", "clean_chan.go"))
	if r := clean.Explore(runner.ExploreOptions{Race: true, Runs: 20}); r.Failures != 0 {
		t.Fatalf("explore --race on a clean program: %+v", r.FirstFailure)
	}
}
