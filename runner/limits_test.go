package runner_test

import (
	"errors"
	"strings"
	"testing"

	"interleave/runner"
)

// Limits: bad programs end with a clear message and the host survives.
func TestLimits(t *testing.T) {
	cases := []struct {
		name, src string
		opts      runner.Options
		kind      string
		stderr    string
	}{
		{"infinite loop", `package main
func main() { x := 0; for { x++ } }`, runner.Options{MaxSteps: 5_000_000}, runner.OutcomeLimit, "instruction budget exhausted"},
		{"output flood", `package main
import "fmt"
func main() { for { fmt.Println("spam spam spam spam") } }`, runner.Options{MaxOutput: 1 << 16}, runner.OutcomeLimit, "output limit exceeded"},
		{"map runaway", `package main
func main() { m := map[int][]int{}; for i := 0; ; i++ { m[i] = make([]int, 64) } }`, runner.Options{MaxAlloc: 64 << 20}, runner.OutcomeFatal, "fatal error: runtime: out of memory\n("},
		{"huge make", `package main
func main() { s := make([]int, 1<<36); println(len(s)) }`, runner.Options{}, runner.OutcomeFatal, "fatal error: runtime: out of memory\n(one allocation of 524288 MB of Go's bytes"},
		{"stack overflow", `package main
func f(n int) int { return f(n+1) + 1 }
func main() { println(f(0)) }`, runner.Options{}, runner.OutcomeFatal, "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow"},
		// Large frames fill the host heap before maxStackBytes; Go still
		// says stack overflow (an out-of-memory error here was a mismatch).
		{"stack overflow of large frames", `package main
func g(n int) int { var a [64]int; a[n%64] = n; return g(n+1) + a[0] }
func main() { go g(0); select {} }`, runner.Options{MaxAlloc: 64 << 20}, runner.OutcomeFatal, "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := runner.Compile(c.src)
			if err != nil {
				t.Fatal(err)
			}
			res := p.Run(c.opts)
			if res.Outcome.Kind != c.kind || !strings.Contains(res.Stderr, c.stderr) {
				t.Fatalf("outcome %q, stderr %.300q; want %q containing %q", res.Outcome.Kind, res.Stderr, c.kind, c.stderr)
			}
			if res.ExitCode != 2 {
				t.Errorf("exit %d, want 2", res.ExitCode)
			}
		})
	}
	t.Run("deep stack is elided", func(t *testing.T) {
		p, _ := runner.Compile(cases[4].src)
		res := p.Run(runner.Options{})
		if n := strings.Count(res.Stderr, "\n"); n > 300 || !strings.Contains(res.Stderr, "frames elided") {
			t.Errorf("%d stderr lines; want Go's elided traceback", n)
		}
	})
}

// Bad source: every diagnostic, at its position; nothing panics.
func TestCompileErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"package main\nfunc main() {\n\tx := \n}\n", "prog.go:4:1:"},
		{"package main\nimport \"net/http\"\nfunc main() { _ = http.Get }\n", "prog.go:2:8: package net/http is not available in Interleave: a playground program has no network"},
		{"package main\nimport \"os/exec\"\nfunc main() { _ = exec.Command }\n", "prog.go:2:8: package os/exec is not available in Interleave: a playground program cannot start processes"},
		{"package main\nimport \"unsafe\"\nfunc main() { _ = unsafe.Sizeof(1) }\n", "prog.go:2:8: package unsafe is not available in Interleave: the interpreter has no raw memory"},
		{"package main\nimport \"net\"\nfunc main() { _ = net.Dial }\n", "prog.go:2:8: package net is not available in Interleave: a playground program has no network"},
		{"package main\nimport \"os/signal\"\nfunc main() { _ = signal.Notify }\n", "prog.go:2:8: package os/signal is not available in Interleave: a playground program receives no signals"},
		{"package main\nimport \"syscall\"\nfunc main() { _ = syscall.Getpid }\n", "prog.go:2:8: package syscall is not available in Interleave: a playground program makes no system calls"},
		{"package main\n\n// #include <stdio.h>\nimport \"C\"\nfunc main() { C.puts(nil) }\n", "prog.go:4:8: package C is not available in Interleave: cgo: a playground program has no C code"},
		{"package main\nimport \"image/png\"\nfunc main() { _ = png.Encode }\n", "prog.go:2:8: package image/png is not supported by Interleave (available: bufio, bytes,"},
		{"package main\nfunc main() { a := 1; b := 2 }\n", "prog.go:2:15: declared and not used: a\nprog.go:2:23: declared and not used: b"},
		{"package lib\n", "not a main package"},
		{"package main\n", "function main is undeclared"},
		{strings.Repeat("x", runner.MaxSourceBytes+1), "program too large"},
		{"\x00\xff\xfe garbage", "prog.go:1:1:"},
	}
	for _, c := range cases {
		_, err := runner.Compile(c.src)
		var ce *runner.CompileError
		if !errors.As(err, &ce) {
			t.Errorf("%.40q: got %v, want a CompileError", c.src, err)
			continue
		}
		if !strings.Contains(ce.Error(), c.want) {
			t.Errorf("%.40q:\n%s\nwant it to contain %q", c.src, ce.Error(), c.want)
		}
	}
}
