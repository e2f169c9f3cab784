package runner_test

// The oracle test: every program in testdata/ is built and run with the real
// Go toolchain, then compiled and run by Interleave, and the two runs must
// agree. Nothing is recorded: the expected output is produced afresh on every
// run, so there is no -update flag and no golden file to go stale.
//
// Compared exactly: stdout, the exit code, and the first line of stderr.
// Compared after normalisation (addresses, offsets, runtime-internal frames,
// goroutine numbers and the source path are removed): the whole of stderr. A
// difference there is only logged unless INTERLEAVE_STRICT_TRACE=1.
//
// Only the programs a -run pattern selects are built (-run 'TestOracle/panic_'),
// and INTERLEAVE_ORACLE_ONLY=glob (e.g. "panic_*") restricts the set further.

import (
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
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"interleave/runner"
	"interleave/runner/vm"
)

// realRun is what the program did when built by the real toolchain.
type realRun struct {
	buildErr string // non-empty if the program did not build
	stdout   string
	stderr   string
	exitCode int
	runErr   string // non-empty if the binary could not be run or timed out
}

// Generous: a stack overflow to 1 GB takes several seconds on a loaded machine.
const realRunTimeout = 60 * time.Second

// knownGaps are corpus programs Interleave does not reproduce yet, each with
// the reason. Every entry is a bug or missing feature to fix, not a
// tolerance: remove it when the program passes.
var knownGaps = map[string]string{
	"lang_slices_growth_stack": "capacities of appends that gc 1.26 backs with a 32-byte stack buffer differ: a non-escaping local slice starts at cap 32/size (4 4 4 4 8 for []int), some escaping ones grow 1 2 3 4 before growslice (growsliceBuf), while returned or address-taken ones grow 1 2 4 8; which one applies is gc's escape analysis, which Interleave does not reproduce",
}

func TestOracle(t *testing.T) {
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no Go toolchain under GOOS=" + runtime.GOOS)
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go toolchain not on PATH; the oracle needs it")
	}

	files, err := filepath.Glob(filepath.Join("testdata", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	// Build only what `-run TestOracle/<pattern>` will look at.
	if f := flag.Lookup("test.run"); f != nil {
		if _, sub, ok := strings.Cut(f.Value.String(), "/"); ok && sub != "" {
			if re, err := regexp.Compile(sub); err == nil {
				var kept []string
				for _, f := range files {
					if re.MatchString(strings.TrimSuffix(filepath.Base(f), ".go")) {
						kept = append(kept, f)
					}
				}
				files = kept
			}
		}
	}
	if only := os.Getenv("INTERLEAVE_ORACLE_ONLY"); only != "" {
		var kept []string
		for _, f := range files {
			name := strings.TrimSuffix(filepath.Base(f), ".go")
			if ok, _ := filepath.Match(only, name); ok {
				kept = append(kept, f)
			}
		}
		files = kept
	}
	if len(files) == 0 {
		t.Fatal("no testdata programs selected")
	}
	sort.Strings(files)

	start := time.Now()
	real := buildAndRunAll(t, goBin, files)
	t.Logf("real toolchain: built and ran %d programs in %v", len(files), time.Since(start).Round(time.Millisecond))

	strict := os.Getenv("INTERLEAVE_STRICT_TRACE") == "1"
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		want := real[name]
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if why, ok := knownGaps[name]; ok {
				t.Skip("known gap: " + why)
			}
			if want.buildErr != "" {
				t.Fatalf("the real toolchain cannot build %s:\n%s", f, want.buildErr)
			}
			if want.runErr != "" {
				t.Fatalf("the real binary did not run cleanly: %s", want.runErr)
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			compareWithReal(t, string(src), want, strict)
		})
	}
}

// compareWithReal compiles and runs src with Interleave and compares the run
// with want, the real toolchain's run of the same source.
func compareWithReal(t *testing.T, src string, want *realRun, strict bool) {
	t.Helper()
	prog, err := runner.Compile(src)
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	if prog == nil {
		t.Fatal("Compile returned a nil program and no error")
	}
	got := prog.Run(runner.Options{Seed: 1})
	if got == nil {
		t.Fatal("Run returned nil")
	}
	if got.Stdout != want.stdout {
		t.Errorf("stdout differs:\n%s", lineDiff(want.stdout, got.Stdout))
	}
	if got.ExitCode != want.exitCode {
		t.Errorf("exit code: got %d, real Go %d (outcome %q: %s)", got.ExitCode, want.exitCode, got.Outcome.Kind, got.Outcome.Message)
	}
	if g, w := firstLine(got.Stderr), firstLine(want.stderr); g != w {
		t.Errorf("first line of stderr:\n got: %q\nreal: %q", g, w)
	}
	if g, w := normalizeTrace(got.Stderr), normalizeTrace(want.stderr); g != w {
		msg := "normalised stderr differs:\n" + lineDiff(w, g)
		if strict {
			t.Error(msg)
		} else {
			t.Log(msg)
		}
	}
}

// buildAndRunAll copies each program to <tmp>/<name>/prog.go inside one
// temporary module, builds them with a few concurrent `go build` processes,
// and runs every binary with a timeout. It returns the results by name.
func buildAndRunAll(t *testing.T, goBin string, files []string) map[string]*realRun {
	t.Helper()
	tmp := t.TempDir()
	mod := filepath.Join(tmp, "mod")
	bin := filepath.Join(tmp, "bin") + string(filepath.Separator)
	if err := os.MkdirAll(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(mod, 0o755); err != nil {
		t.Fatal(err)
	}
	runner.WriteProgramModule(t, mod, "oracle", goLangVersion(goBin))
	results := map[string]*realRun{}
	var names []string
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join(mod, name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "prog.go"), src, 0o644); err != nil {
			t.Fatal(err)
		}
		results[name] = &realRun{}
		names = append(names, name)
	}

	workers := min(max(runtime.NumCPU(), 2), 4)
	env := buildEnv()

	// Build: a few `go build` processes, each over a share of the programs.
	// If a share fails, its programs are built one by one so that the error
	// lands on the program that caused it.
	chunks := make([][]string, workers)
	for i, n := range names {
		chunks[i%workers] = append(chunks[i%workers], n)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	for _, chunk := range chunks {
		if len(chunk) == 0 {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := goBuild(goBin, mod, env, bin, chunk); err == nil {
				return
			}
			for _, n := range chunk {
				if out, err := goBuild(goBin, mod, env, bin, []string{n}); err != nil {
					mu.Lock()
					results[n].buildErr = strings.TrimSpace(out)
					if results[n].buildErr == "" {
						results[n].buildErr = err.Error()
					}
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()

	// Run: a small pool, each binary alone in its own working directory.
	jobs := make(chan string)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range jobs {
				r := results[n]
				if r.buildErr != "" {
					continue
				}
				runBinary(filepath.Join(bin, exeName(n)), filepath.Join(mod, n), r)
			}
		}()
	}
	for _, n := range names {
		jobs <- n
	}
	close(jobs)
	wg.Wait()
	return results
}

func goBuild(goBin, mod string, env []string, bin string, names []string) (string, error) {
	args := []string{"build", "-o", bin}
	for _, n := range names {
		args = append(args, "./"+n)
	}
	cmd := exec.Command(goBin, args...)
	cmd.Dir = mod
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func runBinary(path, dir string, r *realRun) {
	ctx, cancel := context.WithTimeout(context.Background(), realRunTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, path)
	cmd.Dir = dir
	cmd.Env = runEnv()
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	err := cmd.Run()
	r.stdout, r.stderr = stdout.String(), stderr.String()
	var ee *exec.ExitError
	switch {
	case ctx.Err() != nil:
		r.runErr = fmt.Sprintf("timed out after %v", realRunTimeout)
	case errors.As(err, &ee):
		r.exitCode = ee.ExitCode()
		if r.exitCode < 0 {
			r.runErr = "killed: " + ee.String()
		}
	case err != nil:
		r.runErr = err.Error()
	}
}

func exeName(name string) string {
	if runtime.GOOS == "windows" {
		return name + ".exe"
	}
	return name
}

// goLangVersion is the language version for the temporary module: the
// toolchain's own major.minor, so loop variables and range-over-func behave
// as in a fresh `go mod init`.
func goLangVersion(goBin string) string {
	out, err := exec.Command(goBin, "env", "GOVERSION").Output()
	if err == nil {
		if m := regexp.MustCompile(`^go(\d+\.\d+)`).FindStringSubmatch(strings.TrimSpace(string(out))); m != nil {
			return m[1]
		}
	}
	return "1.26"
}

// buildEnv is the environment of the builds: no workspace, no toolchain
// switching, no network, no cgo.
func buildEnv() []string {
	return append(runner.EnvWithout("GOWORK", "GOTOOLCHAIN", "GOFLAGS", "GOPROXY", "CGO_ENABLED", "GOOS", "GOARCH"),
		"GOWORK=off", "GOTOOLCHAIN=local", "GOFLAGS=-buildvcs=false", "GOPROXY=off", "CGO_ENABLED=0")
}

// runEnv is the playground's environment (what os.Environ starts with in
// Interleave), plus the setting that pins what a crashing Go program
// prints, and the playground's time zones: an empty TZ, so that Go's Local
// is UTC under the name "UTC" whatever the host's /etc/localtime says, and
// ZONEINFO naming GOROOT's zone database, the one Interleave serves to
// LoadLocation, instead of the host's /usr/share/zoneinfo (whose files
// list transitions Go's database leaves to a rule, so ZoneBounds differ).
func runEnv() []string {
	env := append(slices.Clone(vm.DefaultEnviron), "GOTRACEBACK=single", "TZ=")
	if z := goZoneinfo(); z != "" {
		env = append(env, "ZONEINFO="+z)
	}
	return env
}

// goZoneinfo is GOROOT's lib/time/zoneinfo.zip, or "" if go cannot say.
var goZoneinfo = sync.OnceValue(func() string {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return ""
	}
	return filepath.Join(strings.TrimSpace(string(out)), "lib", "time", "zoneinfo.zip")
})

// goRootSrc is GOROOT's src directory with a trailing slash, as real
// Go's tracebacks print it, or "" if go cannot say.
var goRootSrc = sync.OnceValue(func() string {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return ""
	}
	return filepath.Join(strings.TrimSpace(string(out)), "src") + "/"
})

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

var (
	reOffset     = regexp.MustCompile(` \+0x[0-9a-f]+$`)
	reFrameRegs  = regexp.MustCompile(` fp=0x[0-9a-f]+ sp=0x[0-9a-f]+ pc=0x[0-9a-f]+$`)
	reGHeader    = regexp.MustCompile(`^goroutine (\d+)(?: gp=\S+ m=\S+(?: mp=\S+)?)? \[`)
	reGoroutine  = regexp.MustCompile(`goroutine (\d+)`)
	reFuncArgs   = regexp.MustCompile(`\([^()]*\)$`)
	reHex        = regexp.MustCompile(`0x[0-9a-f]+`)
	reProgPath   = regexp.MustCompile(`^\t\S*prog\.go:`)
	reFileLine   = regexp.MustCompile(`^\t\S+:\d+$`)
	reExitStatus = regexp.MustCompile(`^exit status \d+$`)
	reElided     = regexp.MustCompile(`^\.\.\.\d+ frames elided\.\.\.$`)
)

// normalizeTrace reduces a crash report to what Interleave can reproduce:
// source paths become prog.go and GOROOT's $GOROOT, addresses and pc
// offsets go, frames outside the user's file and the standard library go,
// and so do the runtime's unexported ones (runtime.gopark, runtime.throw…;
// panic(...) and runtime.Goexit() stay), function arguments become (...),
// goroutine numbers other than 1 become N, and [signal …] lines go.
func normalizeTrace(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if strings.HasPrefix(l, "[signal ") || strings.HasPrefix(l, "runtime: sp=") ||
			reExitStatus.MatchString(l) || l == "...additional frames elided..." {
			continue
		}
		l = reElided.ReplaceAllString(l, "...N frames elided...")
		// A frame is a function line followed by a tab-indented file:line.
		if i+1 < len(lines) && !strings.HasPrefix(l, "\t") && isFileLine(lines[i+1]) {
			file := stripRegs(lines[i+1])
			if root := goRootSrc(); root != "" && strings.HasPrefix(file, "\t"+root) {
				file = "\t$GOROOT/src/" + strings.TrimPrefix(file, "\t"+root)
			}
			// The standard library's frames stay, with their GOROOT lines,
			// and so do the runtime frames Go's showframe prints at
			// GOTRACEBACK=single: gopanic as panic(...) between a deferred
			// call and the frames that panicked, and exported functions
			// (runtime.Goexit()). The runtime's unexported frames go (those
			// a fatal runtime error shows: runtime.throw, morestack…):
			// Interleave's runtime is the VM.
			name := strings.TrimPrefix(l, "created by ")
			std := strings.HasPrefix(file, "\t$GOROOT/src/") && (!strings.HasPrefix(name, "runtime.") || exportedRuntime(name))
			if !reProgPath.MatchString(file) && !std {
				i++ // drop a frame outside prog.go
				continue
			}
			file = reProgPath.ReplaceAllString(file, "\tprog.go:")
			if !strings.HasPrefix(l, "created by ") {
				l = reFuncArgs.ReplaceAllString(l, "(...)")
			}
			out = append(out, normalizeGoroutines(l), file)
			i++
			continue
		}
		out = append(out, reHex.ReplaceAllString(normalizeGoroutines(stripRegs(l)), "0x?"))
	}
	// Drop the blocks left empty by dropping runtime frames: the "runtime
	// stack:" of a fatal error and the runtime's own goroutines.
	var kept []string
	for _, block := range strings.Split(strings.Join(out, "\n"), "\n\n") {
		if (strings.HasPrefix(block, "goroutine ") || block == "runtime stack:") && !strings.Contains(block, "\n") {
			continue
		}
		kept = append(kept, block)
	}
	return strings.Join(kept, "\n\n")
}

// exportedRuntime reports whether a frame line names an exported function
// of package runtime (runtime.Goexit(), not runtime.gopark(…) nor
// created by runtime.gcenable), which Go's traceback shows.
func exportedRuntime(frame string) bool {
	rest, ok := strings.CutPrefix(frame, "runtime.")
	return ok && !strings.HasPrefix(frame, "created by ") && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z'
}

func stripRegs(l string) string {
	return reOffset.ReplaceAllString(reFrameRegs.ReplaceAllString(l, ""), "")
}

func isFileLine(l string) bool {
	return reFileLine.MatchString(stripRegs(l))
}

func normalizeGoroutines(l string) string {
	l = reGHeader.ReplaceAllString(l, "goroutine $1 [")
	return reGoroutine.ReplaceAllStringFunc(l, func(m string) string {
		if m == "goroutine 1" {
			return m
		}
		return "goroutine N"
	})
}

// lineDiff shows where two texts part: the first differing line with a few
// lines of context, and the line counts.
func lineDiff(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "first difference at line %d (real Go has %d lines, Interleave %d)\n", i+1, len(w), len(g))
	from := max(i-2, 0)
	show := func(label string, ls []string) {
		for j := from; j < min(i+4, len(ls)); j++ {
			mark := " "
			if j == i {
				mark = ">"
			}
			fmt.Fprintf(&b, "%s %s %4d| %q\n", mark, label, j+1, ls[j])
		}
	}
	show("real", w)
	show("got ", g)
	return b.String()
}

func TestNormalizeTrace(t *testing.T) {
	// The normaliser finds GOROOT's path with go env, as the real runs
	// it compares print it.
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no Go toolchain under GOOS=" + runtime.GOOS)
	}
	real := `fatal error: all goroutines are asleep - deadlock!

goroutine 1 [sync.Mutex.Lock]:
internal/sync.runtime_SemacquireMutex(0x495620?, 0xc0?, 0x48495d?)
	/usr/local/go/src/runtime/sema.go:95 +0x25
sync.(*Mutex).Lock(...)
	/usr/local/go/src/sync/mutex.go:46
main.(*Cache).Set(0x0?, {0x4c48eb, 0x3}, 0x1)
	/tmp/x/mod/deadlock/prog.go:20 +0x5c
main.main()
	/tmp/x/mod/deadlock/prog.go:44 +0x157

goroutine 19 gp=0xc000007c00 m=3 mp=0xc000100008 [chan receive]:
main.main.func1()
	/tmp/x/mod/deadlock/prog.go:16 +0x49
created by main.main in goroutine 1
	/tmp/x/mod/deadlock/prog.go:14 +0x47
exit status 2
`
	if root := goRootSrc(); root != "" {
		real = strings.ReplaceAll(real, "/usr/local/go/src/", root)
	}
	// The library's frames stay, with $GOROOT for GOROOT's path.
	want := `fatal error: all goroutines are asleep - deadlock!

goroutine 1 [sync.Mutex.Lock]:
internal/sync.runtime_SemacquireMutex(...)
	$GOROOT/src/runtime/sema.go:95
sync.(*Mutex).Lock(...)
	$GOROOT/src/sync/mutex.go:46
main.(*Cache).Set(...)
	prog.go:20
main.main(...)
	prog.go:44

goroutine N [chan receive]:
main.main.func1(...)
	prog.go:16
created by main.main in goroutine 1
	prog.go:14`
	if got := normalizeTrace(real); got != want {
		t.Errorf("normalizeTrace:\n%s\nwant:\n%s", got, want)
	}
	// The engine's shape (no runtime frames, no addresses) normalises the same.
	engine := "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.Mutex.Lock]:\ninternal/sync.runtime_SemacquireMutex(...)\n\t$GOROOT/src/runtime/sema.go:95\nsync.(*Mutex).Lock(...)\n\t$GOROOT/src/sync/mutex.go:46\nmain.(*Cache).Set(...)\n\tprog.go:20\nmain.main()\n\tprog.go:44\n\ngoroutine 7 [chan receive]:\nmain.main.func1()\n\tprog.go:16\ncreated by main.main in goroutine 1\n\tprog.go:14\n"
	if got := normalizeTrace(engine); got != want {
		t.Errorf("normalizeTrace(engine shape):\n%s\nwant:\n%s", got, want)
	}
	// A fatal error's runtime stack and the runtime's goroutines vanish.
	overflow := "runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0xd1eabe0398 stack=[0xd1eabe0000, 0xd20abe0000]\nfatal error: stack overflow\n\nruntime stack:\nruntime.throw({0x4c6202?, 0x41a725?})\n\t/usr/local/go/src/runtime/panic.go:1229 +0x48 fp=0xd1cab35e98 sp=0xd1cab35e68 pc=0x479508\n\ngoroutine 1 gp=0xd1caae21e0 m=2 mp=0xd1cab1a808 [running]:\nmain.f(0x2aaaa4d?)\n\t/tmp/m/p/prog.go:3 +0x2b fp=0x4f523560398 sp=0x4f523560390 pc=0x47a76b\n...44739043 frames elided...\nmain.main()\n\t/tmp/m/p/prog.go:5 +0x11e fp=0xd20abdff48 sp=0xd20abdfec0 pc=0x49e2fe\nruntime.main()\n\t/usr/local/go/src/runtime/proc.go:290 +0x2d5 fp=0xd20abdffe0 sp=0xd20abdff48 pc=0x449275\n\ngoroutine 2 gp=0xd1caae2780 m=nil [force gc (idle)]:\nruntime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)\n\t/usr/local/go/src/runtime/proc.go:462 +0xce fp=0xd1cab16fa8 sp=0xd1cab16f88 pc=0x4795ee\ncreated by runtime.init.7 in goroutine 1\n\t/usr/local/go/src/runtime/proc.go:363 +0x1a\n"
	wantOverflow := "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\ngoroutine 1 [running]:\nmain.f(...)\n\tprog.go:3\n...N frames elided...\nmain.main(...)\n\tprog.go:5"
	if got := normalizeTrace(overflow); got != wantOverflow {
		t.Errorf("normalizeTrace(stack overflow):\n%s\nwant:\n%s", got, wantOverflow)
	}
	// gopanic's frame (panic(...)) and exported runtime functions stay;
	// unexported runtime frames and wrappers outside GOROOT go.
	goexit := "panic: x\n\ngoroutine 18 [running]:\nmain.main.func1.1()\n\t/tmp/p/prog.go:9 +0x25\nruntime.Goexit()\n\t/usr/local/go/src/runtime/panic.go:694 +0x5e\n" +
		"main.main.func1()\n\t/tmp/p/prog.go:11 +0x30\npanic({0x4811e0?, 0x497d08?})\n\t/usr/local/go/src/runtime/panic.go:860 +0x13a\n" +
		"runtime.preprintpanics(0x4275d1bc6a0?)\n\t/usr/local/go/src/runtime/panic.go:724 +0x136\nmain.(*E).Error(0x4275d1bc6a0?)\n\t<autogenerated>:1 +0x26\n" +
		"created by main.main in goroutine 1\n\t/tmp/p/prog.go:7 +0x2d\n"
	if root := goRootSrc(); root != "" {
		goexit = strings.ReplaceAll(goexit, "/usr/local/go/src/", root)
	}
	wantGoexit := "panic: x\n\ngoroutine N [running]:\nmain.main.func1.1(...)\n\tprog.go:9\nruntime.Goexit(...)\n\t$GOROOT/src/runtime/panic.go:694\n" +
		"main.main.func1(...)\n\tprog.go:11\npanic(...)\n\t$GOROOT/src/runtime/panic.go:860\ncreated by main.main in goroutine 1\n\tprog.go:7"
	if got := normalizeTrace(goexit); got != wantGoexit {
		t.Errorf("normalizeTrace(runtime frames):\n%s\nwant:\n%s", got, wantGoexit)
	}
	// Multi-line panic values keep their text.
	pv := "panic: main.MyStr(\"x\n\ty\")\n\tpanic: again\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x47a750]\n"
	if got, want := normalizeTrace(pv), "panic: main.MyStr(\"x\n\ty\")\n\tpanic: again"; got != want {
		t.Errorf("normalizeTrace(panic value) = %q, want %q", got, want)
	}
}
