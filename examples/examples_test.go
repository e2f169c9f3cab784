package examples_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"interleave/examples"
)

var categories = []string{"crash", "mutex", "rwmutex", "syncmap", "owner", "local", "sequential", "pitfall"}

func TestEveryFileIsListed(t *testing.T) {
	paths, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var onDisk []string
	for _, p := range paths {
		if p == "examples.go" || strings.HasSuffix(p, "_test.go") {
			continue
		}
		onDisk = append(onDisk, p)
	}
	var listed []string
	for _, e := range examples.All() {
		listed = append(listed, e.File)
	}
	slices.Sort(onDisk)
	sortedListed := slices.Sorted(slices.Values(listed))
	if !slices.Equal(onDisk, sortedListed) {
		t.Errorf("files on disk %v, listed %v", onDisk, sortedListed)
	}
	for _, want := range []string{"crashmap", "cache", "deadlock", "slowlock", "rwmutex", "syncmap", "owner", "localmap", "sequential"} {
		if _, ok := examples.Get(want); !ok {
			t.Errorf("Get(%q) found nothing", want)
		}
	}
	if _, ok := examples.Get("no-such-example"); ok {
		t.Error("Get of an unknown name succeeded")
	}
	if first := examples.All()[0].Name; first != "crashmap" {
		t.Errorf("teaching order starts with %q, want crashmap", first)
	}
}

func TestMetadata(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range examples.All() {
		t.Run(e.Name, func(t *testing.T) {
			if seen[e.Name] {
				t.Errorf("duplicate name %q", e.Name)
			}
			seen[e.Name] = true
			if e.File != e.Name+".go" {
				t.Errorf("File = %q, want %q", e.File, e.Name+".go")
			}
			if e.Title == "" || strings.Contains(e.Title, "\n") {
				t.Errorf("Title %q: want one non-empty line", e.Title)
			}
			if n := strings.Count(e.Summary, ". ") + 1; !strings.HasSuffix(e.Summary, ".") || n < 2 || n > 3 {
				t.Errorf("Summary should be two or three sentences, got %d: %q", n, e.Summary)
			}
			switch e.Expect {
			case examples.ExpectOK:
				if e.ExpectMessage != "" {
					t.Errorf("ok example has ExpectMessage %q", e.ExpectMessage)
				}
			case examples.ExpectFatal:
				if !strings.HasPrefix(e.ExpectMessage, "fatal error: ") {
					t.Errorf("fatal example has ExpectMessage %q", e.ExpectMessage)
				}
			case examples.ExpectDeadlock:
				if e.ExpectMessage != "fatal error: all goroutines are asleep - deadlock!" {
					t.Errorf("deadlock example has ExpectMessage %q", e.ExpectMessage)
				}
			default:
				t.Errorf("Expect = %q", e.Expect)
			}
			if !slices.Contains(categories, e.Category) {
				t.Errorf("Category = %q, want one of %v", e.Category, categories)
			}
			if strings.HasPrefix(e.Source, "//go:build") || !strings.Contains(e.Source, "\npackage main\n") {
				t.Errorf("Source should be the program without its build line; starts %q", e.Source[:min(40, len(e.Source))])
			}
			raw, err := os.ReadFile(e.File)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(raw), "//go:build ignore\n\n") {
				t.Errorf("%s must start with //go:build ignore and a blank line", e.File)
			}
			if !strings.HasSuffix(string(raw), e.Source) {
				t.Error("Source is not the file's text after the build line")
			}
			if n := strings.Count(string(raw), "\n"); n > 60 {
				t.Errorf("%s has %d lines; keep examples under 60", e.File, n)
			}
			for _, hint := range e.Toggle {
				recv, _, _ := strings.Cut(hint, " ")
				if !strings.Contains(e.Source, recv+"(") {
					t.Errorf("Toggle hint %q names a call that is not in the source", hint)
				}
			}
		})
	}
	// All returns copies: changing one must not change the package's data.
	a := examples.All()
	a[0].Title = "changed"
	if examples.All()[0].Title == "changed" {
		t.Error("All exposes the package's own slice")
	}
}

// TestRealGo builds and runs every example with the real toolchain. The ok
// examples must succeed with the same output twice; deadlock must print its
// message and exit 2. crashmap usually does not crash under real Go, so it is
// only required to build and to end either cleanly or with its message.
// wallClock matches the elapsed-time lines of the timing examples.
var wallClock = regexp.MustCompile(`elapsed: \S+`)

func TestRealGo(t *testing.T) {
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no Go toolchain under GOOS=" + runtime.GOOS)
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go toolchain not on PATH")
	}
	dir := t.TempDir()
	all := examples.All()
	buildErr := make([]error, len(all))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, e := range all {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			cmd := exec.Command(goBin, "build", "-o", filepath.Join(dir, e.Name), e.File)
			cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GOFLAGS=-buildvcs=false")
			if out, err := cmd.CombinedOutput(); err != nil {
				buildErr[i] = errors.New(string(out))
			}
		}()
	}
	wg.Wait()
	for i, e := range all {
		t.Run(e.Name, func(t *testing.T) {
			if buildErr[i] != nil {
				t.Fatalf("go build %s:\n%v", e.File, buildErr[i])
			}
			bin := filepath.Join(dir, e.Name)
			stdout, stderr, code := run(t, bin)
			first, _, _ := strings.Cut(stderr, "\n")
			switch e.Expect {
			case examples.ExpectOK:
				if code != 0 || stderr != "" {
					t.Fatalf("exit %d, stderr:\n%s", code, stderr)
				}
				// Wall-clock times vary under real Go on a loaded machine
				// (Interleave's clock is virtual and exact); compare the rest.
				if again, _, _ := run(t, bin); wallClock.ReplaceAllString(again, "elapsed: T") != wallClock.ReplaceAllString(stdout, "elapsed: T") {
					t.Errorf("output not deterministic:\n%s\n---\n%s", stdout, again)
				}
			case examples.ExpectDeadlock:
				if code != 2 || first != e.ExpectMessage {
					t.Errorf("exit %d, first stderr line %q; want 2 and %q", code, first, e.ExpectMessage)
				}
			case examples.ExpectFatal:
				if code != 0 && (code != 2 || first != e.ExpectMessage) {
					t.Errorf("exit %d, first stderr line %q; want a clean exit or %q", code, first, e.ExpectMessage)
				}
			}
		})
	}
}

func run(t *testing.T, bin string) (stdout, stderr string, code int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin)
	cmd.Env = append(os.Environ(), "GOTRACEBACK=single")
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("%s timed out", filepath.Base(bin))
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return o.String(), e.String(), code
}
