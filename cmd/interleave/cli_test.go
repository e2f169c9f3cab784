package main

// CLI contract tests (DESIGN.md, "CLI contract"): the interleave binary is
// built once and driven as scripts drive it. Where the contract is about
// Go's behaviour (exit statuses, what reaches stdout and stderr, compile
// error lines) the real toolchain's binary is the oracle.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"interleave/runner"
)

// cliRepo is the repository root, relative to this package's directory.
const cliRepo = "../.."

// cliResult is what one invocation printed and its exit status.
type cliResult struct {
	stdout, stderr string
	code           int
}

func (r cliResult) String() string {
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
}

// cliExec runs a binary in dir and returns its output and exit status.
func cliExec(t *testing.T, dir, bin string, args ...string) cliResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ctx.Err() != nil {
			t.Fatalf("%s %v: %v\n%s", bin, args, err, errb.String())
		}
		code = ee.ExitCode()
	}
	return cliResult{out.String(), errb.String(), code}
}

func cliGoTool(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("go") // go test puts its own go on PATH
	if err != nil {
		t.Skip("no go tool to build the CLI with")
	}
	return p
}

// cliRealGo builds src with the real toolchain and runs it: the oracle.
func cliRealGo(t *testing.T, goTool, src string) cliResult {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "prog.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	build := exec.Command(goTool, "build", "-o", "prog", "prog.go")
	build.Dir = dir
	build.Env = append(os.Environ(), "GO111MODULE=off", "GOFLAGS=")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return cliExec(t, dir, filepath.Join(dir, "prog"))
}

// cliWrite puts a program in a fresh directory and returns its path.
func cliWrite(t *testing.T, name, src string) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return f
}

func cliFirstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// cliCompile compiles a file the way the CLI does: the file's bytes as they
// are, build line included, so positions match the CLI's.
func cliCompile(t *testing.T, path string) *runner.Program {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := runner.Compile(string(src))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// cliCrashSeed is the first seed in 1..50 under which crashmap dies of the
// map fault, found in-process.
func cliCrashSeed(t *testing.T, p *runner.Program, opts runner.Options) (int64, *runner.Result) {
	t.Helper()
	for seed := int64(1); seed <= 50; seed++ {
		opts.Seed = seed
		r := p.Run(opts)
		if r.ExitCode == 2 && cliFirstLine(r.Stderr) == "fatal error: concurrent map read and map write" {
			return seed, r
		}
	}
	t.Fatal("no seed in 1..50 crashes with concurrent map read and map write")
	return 0, nil
}

const cliExitProg = `package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(3)
}
`

// cliLeakProg leaves a goroutine blocked on a channel nobody sends on; the
// sleep lets it block first (virtual time moves only when nobody can run).
const cliLeakProg = `package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		v := <-ch
		fmt.Println("never", v)
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("main returns")
}
`

const cliPanicProg = `package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println("before")
	m["x"] = 1
}
`

const cliBadProg = `package main

import "fmt"

func main() {
	x := 1
	var s string = 5
	fmt.Println(undefinedThing)
}
`

// cliDisablePattern is the CLI's message for a --disable-lock line without a lock call.
var cliDisablePattern = regexp.MustCompile(`--disable-lock: line 1 has no Lock, Unlock, RLock or RUnlock call`)

func TestCLI(t *testing.T) {
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("the CLI is a native command")
	}
	goTool := cliGoTool(t)
	bin := filepath.Join(t.TempDir(), "interleave")
	build := exec.Command(goTool, "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	run := func(t *testing.T, args ...string) cliResult {
		t.Helper()
		return cliExec(t, cliRepo, bin, args...)
	}
	crashFile := filepath.Join(cliRepo, "examples", "crashmap.go")
	cacheFile := filepath.Join(cliRepo, "examples", "cache.go")
	crash := cliCompile(t, crashFile)
	cache := cliCompile(t, cacheFile)

	t.Run("flags before and after the file", func(t *testing.T) {
		t.Parallel()
		a := run(t, "run", "--seed", "4", "--no-locks", "examples/cache.go")
		b := run(t, "run", "examples/cache.go", "--seed", "4", "--no-locks")
		c := run(t, "run", "--seed", "4", "examples/cache.go", "--no-locks")
		if a != b || a != c {
			t.Errorf("flag order changes the run:\nbefore: %v\nafter: %v\nmixed: %v", a, b, c)
		}
		if a.code != 2 {
			t.Errorf("cache --no-locks --seed 4: %v, want a crash", a)
		}
		// The same run in-process: the CLI adds nothing and drops nothing.
		var ids []int
		for _, s := range cache.LockSites() {
			ids = append(ids, s.ID)
		}
		r := cache.Run(runner.Options{Seed: 4, DisabledLocks: ids})
		if a.stdout != r.Stdout || a.stderr != r.Stderr || a.code != r.ExitCode {
			t.Errorf("CLI differs from runner.Run:\nCLI: %v\nrunner: exit %d\n%s%s", a, r.ExitCode, r.Stdout, r.Stderr)
		}

		// Explore: the same JSON but for the timings.
		je := func(args ...string) map[string]json.RawMessage {
			res := run(t, args...)
			var m map[string]json.RawMessage
			if err := json.Unmarshal([]byte(res.stdout), &m); err != nil {
				t.Fatalf("%v: %v\n%v", args, err, res)
			}
			return m
		}
		x := je("explore", "--strategy", "dfs", "--runs", "20", "--json", "examples/crashmap.go")
		y := je("explore", "examples/crashmap.go", "--strategy", "dfs", "--runs", "20", "--json")
		for _, k := range []string{"strategy", "schedules", "failures", "exhausted", "preemption_bound", "outcomes", "first_failure", "verdict"} {
			if x[k] == nil || !bytes.Equal(x[k], y[k]) {
				t.Errorf("explore: flag order changes %q:\nflags first: %.300s\nfile first:  %.300s", k, x[k], y[k])
			}
		}
	})

	t.Run("program arguments", func(t *testing.T) {
		t.Parallel()
		prog := filepath.Join(t.TempDir(), "args.go")
		src := "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() { fmt.Printf(\"%q\\n\", os.Args[1:]) }\n"
		if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			args []string
			want string
		}{
			{[]string{"run", prog}, "[]"},
			{[]string{"run", prog, "a", "b"}, `["a" "b"]`},
			{[]string{"run", "--seed", "2", prog, "--race", "in.txt", "-v", "--seed", "3"}, `["in.txt" "-v" "--seed" "3"]`},
			{[]string{"run", prog, "--", "--seed", "3"}, `["--seed" "3"]`},
			{[]string{"run", prog, "--seed", "3", "--", "-x"}, `["-x"]`},
		} {
			got := run(t, c.args...)
			if got.code != 0 || got.stdout != c.want+"\n" {
				t.Errorf("%q: %v, want %s", c.args, got, c.want)
			}
		}
		if got := run(t, "run", prog, "--bogus"); got.code != 1 || !strings.Contains(got.stderr, "go after --") {
			t.Errorf("unknown flag after the file: %v, want exit 1 and a hint about --", got)
		}
		if got := run(t, "explore", prog, "x"); got.code != 1 {
			t.Errorf("explore with program arguments: %v, want exit 1", got)
		}
	})

	t.Run("crashmap crash and replay", func(t *testing.T) {
		t.Parallel()
		seed, want := cliCrashSeed(t, crash, runner.Options{})
		got := run(t, "run", "examples/crashmap.go", "--seed", strconv.FormatInt(seed, 10))
		if got.code != 2 || cliFirstLine(got.stderr) != "fatal error: concurrent map read and map write" {
			t.Fatalf("seed %d: %v\nwant exit 2 and the map fault", seed, got)
		}
		if got.stdout != want.Stdout || got.stderr != want.Stderr {
			t.Errorf("seed %d: CLI differs from runner.Run:\nCLI: %v\nrunner:\n%s%s", seed, got, want.Stdout, want.Stderr)
		}
		if !strings.Contains(got.stderr, "\n\ngoroutine ") {
			t.Errorf("no goroutine trace after the fatal error:\n%s", got.stderr)
		}
		replay := run(t, "run", "examples/crashmap.go", "--schedule", want.Schedule())
		if replay != got {
			t.Errorf("--schedule %s does not replay seed %d:\nseed: %v\nreplay: %v", want.Schedule(), seed, got, replay)
		}
		// A token replays the same bytes with locks off too, and --schedule
		// overrides --seed.
		var ids []int
		for _, s := range cache.LockSites() {
			ids = append(ids, s.ID)
		}
		r := cache.Run(runner.Options{Seed: 9, DisabledLocks: ids})
		rep := run(t, "run", "examples/cache.go", "--no-locks", "--seed", "1", "--schedule", r.Schedule())
		if rep.stdout != r.Stdout || rep.stderr != r.Stderr || rep.code != r.ExitCode {
			t.Errorf("cache --no-locks --schedule %s: %v\nwant exit %d\n%s%s", r.Schedule(), rep, r.ExitCode, r.Stdout, r.Stderr)
		}
		bad := run(t, "run", "examples/crashmap.go", "--schedule", "not-a-token!")
		if bad.code == 0 || !strings.Contains(bad.stderr, "--schedule") {
			t.Errorf("a malformed token: %v, want a failure naming --schedule", bad)
		}
	})

	t.Run("trace file", func(t *testing.T) {
		t.Parallel()
		out := filepath.Join(t.TempDir(), "out.json")
		res := run(t, "run", "examples/crashmap.go", "--seed", "1", "--trace", out)
		plain := run(t, "run", "examples/crashmap.go", "--seed", "1")
		if res != plain {
			t.Errorf("--trace changes the run:\nwith: %v\nwithout: %v", res, plain)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		var tr struct {
			Schedule   string                       `json:"schedule"`
			Events     []map[string]json.RawMessage `json:"events"`
			Goroutines []map[string]json.RawMessage `json:"goroutines"`
		}
		if err := json.Unmarshal(data, &tr); err != nil {
			t.Fatalf("trace is not JSON: %v\n%s", err, data)
		}
		if len(tr.Events) == 0 || len(tr.Goroutines) == 0 || tr.Schedule == "" {
			t.Fatalf("trace lacks events, goroutines or schedule:\n%s", data)
		}
		blocking := 0
		for _, e := range tr.Events {
			for _, k := range []string{"step", "g", "op", "line"} {
				if _, ok := e[k]; !ok {
					t.Errorf("event without %q: %v", k, e)
				}
			}
			if _, ok := e["block"]; ok {
				blocking++
			}
		}
		if blocking == 0 {
			t.Errorf("no blocking event (main waits in wg.Wait):\n%s", data)
		}
		// The trace's token replays the run.
		if rep := run(t, "run", "examples/crashmap.go", "--schedule", tr.Schedule); rep != plain {
			t.Errorf("the trace's schedule does not replay:\n%v\nwant %v", rep, plain)
		}
	})

	t.Run("compile errors like go build", func(t *testing.T) {
		t.Parallel()
		f := cliWrite(t, "bad.go", cliBadProg)
		res := cliExec(t, filepath.Dir(f), bin, "run", "bad.go", "--seed", "2")
		if res.code != 1 || res.stdout != "" {
			t.Errorf("compile error: %v, want exit 1 and no stdout", res)
		}
		var got []string
		lineRE := regexp.MustCompile(`^bad\.go:\d+:\d+: \S`)
		for _, l := range strings.Split(strings.TrimSpace(res.stderr), "\n") {
			if strings.HasPrefix(l, "# ") {
				continue
			}
			if !lineRE.MatchString(l) {
				t.Errorf("not a FILE:LINE:COL: message line: %q", l)
			}
			got = append(got, strings.TrimPrefix(l, "bad.go"))
		}
		// The oracle: go build's own lines, without its "./" prefix.
		build := exec.Command(goTool, "build", "-o", os.DevNull, "bad.go")
		build.Dir = filepath.Dir(f)
		build.Env = append(os.Environ(), "GO111MODULE=off", "GOFLAGS=")
		out, err := build.CombinedOutput()
		if err == nil {
			t.Fatal("go build accepted the bad program")
		}
		var want []string
		for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			if !strings.HasPrefix(l, "# ") {
				want = append(want, strings.TrimPrefix(l, "./bad.go"))
			}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("diagnostics differ from go build:\ninterleave:\n%s\ngo build:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		ex := cliExec(t, filepath.Dir(f), bin, "explore", "bad.go")
		if ex.code != 1 || !strings.Contains(ex.stderr, "bad.go:6:2: declared and not used: x") {
			t.Errorf("explore of a bad program: %v, want exit 1 and the diagnostics", ex)
		}
	})

	t.Run("exit status like the Go binary", func(t *testing.T) {
		t.Parallel()
		for name, src := range map[string]string{"os.Exit(3)": cliExitProg, "nil map panic": cliPanicProg} {
			real := cliRealGo(t, goTool, src)
			f := cliWrite(t, "prog.go", src)
			got := cliExec(t, filepath.Dir(f), bin, "run", "prog.go")
			if got.code != real.code || got.stdout != real.stdout || cliFirstLine(got.stderr) != cliFirstLine(real.stderr) {
				t.Errorf("%s:\ninterleave: %v\ngo: %v", name, got, real)
			}
			if name == "os.Exit(3)" && got.stderr != real.stderr {
				t.Errorf("%s: stderr %q, go prints %q", name, got.stderr, real.stderr)
			}
		}
	})

	t.Run("cache crashes only without locks", func(t *testing.T) {
		t.Parallel()
		type seedRun struct {
			locks, nolocks cliResult
		}
		runs := make([]seedRun, 30)
		var wg sync.WaitGroup
		sem := make(chan struct{}, 4)
		for i := range runs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				seed := strconv.Itoa(i + 1)
				runs[i].locks = cliExec(t, cliRepo, bin, "run", "examples/cache.go", "--seed", seed)
				if i < 10 {
					runs[i].nolocks = cliExec(t, cliRepo, bin, "run", "examples/cache.go", "--seed", seed, "--no-locks")
				}
			}()
		}
		wg.Wait()
		crashed := 0
		for i, r := range runs {
			if r.locks.code != 0 || r.locks.stdout != "final value: 999 true\n" || r.locks.stderr != "" {
				t.Errorf("seed %d with locks: %v", i+1, r.locks)
			}
			if r.nolocks.code == 2 && strings.HasPrefix(r.nolocks.stderr, "fatal error: concurrent map") {
				crashed++
			}
		}
		if crashed == 0 {
			t.Errorf("cache --no-locks never crashed over seeds 1..10")
		}
		t.Logf("cache --no-locks crashed under %d of seeds 1..10; with locks 30 of 30 seeds were clean", crashed)
	})

	t.Run("disable-lock", func(t *testing.T) {
		t.Parallel()
		res := run(t, "run", "examples/cache.go", "--disable-lock", "1")
		if res.code != 1 || !cliDisablePattern.MatchString(res.stderr) || res.stdout != "" {
			t.Errorf("--disable-lock 1: %v\nwant exit 1 and %q", res, cliDisablePattern)
		}
		res = run(t, "run", "examples/cache.go", "--disable-lock", "x")
		if res.code != 1 || !strings.Contains(res.stderr, `--disable-lock: "x" is not a line number`) {
			t.Errorf("--disable-lock x: %v", res)
		}
		// Every lock line of cache.go off is --no-locks.
		var lines []string
		for _, s := range cache.LockSites() {
			lines = append(lines, strconv.Itoa(s.Line))
		}
		some := run(t, "run", "examples/cache.go", "--seed", "5", "--disable-lock", strings.Join(lines, ","))
		all := run(t, "run", "examples/cache.go", "--seed", "5", "--no-locks")
		if some != all || all.code != 2 {
			t.Errorf("--disable-lock %s differs from --no-locks or does not crash:\n%v\n%v", strings.Join(lines, ","), some, all)
		}
		ex := run(t, "explore", "examples/cache.go", "--disable-lock", "1")
		if ex.code != 1 || !cliDisablePattern.MatchString(ex.stderr) {
			t.Errorf("explore --disable-lock 1: %v", ex)
		}
	})

	t.Run("leaks", func(t *testing.T) {
		t.Parallel()
		real := cliRealGo(t, goTool, cliLeakProg)
		f := cliWrite(t, "leak.go", cliLeakProg)
		for seed := 1; seed <= 3; seed++ {
			s := strconv.Itoa(seed)
			quiet := cliExec(t, filepath.Dir(f), bin, "run", "leak.go", "--seed", s)
			if quiet != real {
				t.Errorf("seed %d without --leaks: %v\ngo: %v", seed, quiet, real)
			}
			loud := cliExec(t, filepath.Dir(f), bin, "run", "--leaks", "leak.go", "--seed", s)
			if loud.code != 0 || loud.stdout != real.stdout {
				t.Errorf("seed %d --leaks: %v", seed, loud)
			}
			if !strings.Contains(loud.stderr, "leaked") || !strings.Contains(loud.stderr, "chan receive") || !strings.Contains(loud.stderr, "prog.go:11") {
				t.Errorf("seed %d --leaks: no leak note for the goroutine blocked at line 11:\n%s", seed, loud.stderr)
			}
		}
	})

	t.Run("race exit status", func(t *testing.T) {
		t.Parallel()
		res := run(t, "run", "runner/testdata/race/racy_flag.go", "--race")
		if res.code != 66 || !strings.HasPrefix(res.stderr, "==================\nWARNING: DATA RACE") {
			t.Errorf("--race on a racy program: %v, want exit 66 and a race report", res)
		}
		if plain := run(t, "run", "runner/testdata/race/racy_flag.go"); plain.code != 0 {
			t.Errorf("the same program without --race: %v", plain)
		}
	})

	t.Run("explore", func(t *testing.T) {
		t.Parallel()
		res := run(t, "explore", "examples/crashmap.go", "--strategy", "dfs", "--runs", "50")
		if res.code != 3 {
			t.Fatalf("explore crashmap dfs: %v, want exit 3", res)
		}
		// The printed replay command reproduces the failure.
		m := regexp.MustCompile(`interleave run examples/crashmap.go --schedule (\S+)`).FindStringSubmatch(res.stdout)
		if m == nil {
			t.Fatalf("no replay command in:\n%s", res.stdout)
		}
		rep := run(t, "run", "examples/crashmap.go", "--schedule", m[1])
		if rep.code != 2 || cliFirstLine(rep.stderr) != "fatal error: concurrent map read and map write" {
			t.Errorf("replaying the minimal schedule %s: %v", m[1], rep)
		}
		ok := run(t, "explore", "examples/cache.go", "--strategy", "dfs", "--preemption-bound", "1", "--runs", "40")
		if ok.code != 0 {
			t.Errorf("explore cache dfs bound 1: %v, want exit 0", ok)
		}
		bad := run(t, "explore", "examples/cache.go", "--strategy", "bogus")
		if bad.code != 1 {
			t.Errorf("explore --strategy bogus: %v, want exit 1", bad)
		}
	})

	t.Run("explore json", func(t *testing.T) {
		t.Parallel()
		for _, c := range []struct {
			args []string
			code int
		}{
			{[]string{"explore", "--json", "examples/crashmap.go", "--strategy", "dfs", "--runs", "30"}, 3},
			{[]string{"explore", "examples/cache.go", "--json", "--strategy", "dfs", "--preemption-bound", "1", "--runs", "20"}, 0},
			{[]string{"explore", "examples/crashmap.go", "--json", "--runs", "20", "--seed", "3"}, 3},
		} {
			res := run(t, c.args...)
			if res.code != c.code {
				t.Errorf("%v: %v, want exit %d", c.args, res, c.code)
			}
			var m map[string]json.RawMessage
			if err := json.Unmarshal([]byte(res.stdout), &m); err != nil {
				t.Fatalf("%v: stdout is not one JSON object: %v\n%s", c.args, err, res.stdout)
			}
			for _, k := range []string{"schedules", "failures", "exhausted", "first_failure", "outcomes"} {
				if _, ok := m[k]; !ok {
					t.Errorf("%v: no %q key in %s", c.args, k, res.stdout)
				}
			}
			var n int
			if err := json.Unmarshal(m["schedules"], &n); err != nil || n == 0 {
				t.Errorf("%v: schedules = %s", c.args, m["schedules"])
			}
			var first *struct {
				Schedule *string `json:"schedule"`
				Stdout   *string `json:"stdout"`
				Stderr   *string `json:"stderr"`
			}
			if err := json.Unmarshal(m["first_failure"], &first); err != nil {
				t.Errorf("%v: first_failure: %v", c.args, err)
			}
			switch {
			case c.code == 0 && first != nil:
				t.Errorf("%v: first_failure = %s, want null", c.args, m["first_failure"])
			case c.code == 3 && (first == nil || first.Schedule == nil || first.Stdout == nil || first.Stderr == nil):
				t.Errorf("%v: first_failure = %s, want {schedule, stdout, stderr}", c.args, m["first_failure"])
			case c.code == 3 && !strings.HasPrefix(*first.Stderr, "fatal error: concurrent map"):
				t.Errorf("%v: first failure's stderr %q", c.args, *first.Stderr)
			}
		}
	})
}
