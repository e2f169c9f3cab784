package runner_test

import (
	"os"
	"path/filepath"
	"testing"

	"interleave/runner"
)

// FuzzCompileRun feeds arbitrary source to the engine: whatever the input,
// Compile and Run return (no host panic) and never report an internal
// error. The seeds are the oracle corpus; `go test -fuzz FuzzCompileRun
// ./runner` mutates them.
func FuzzCompileRun(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.go")
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(string(data))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		p, err := runner.Compile(src)
		if err != nil {
			if ce, ok := err.(*runner.CompileError); ok {
				for _, d := range ce.Diags {
					if len(d.Msg) > 15 && d.Msg[:15] == "internal error:" {
						t.Fatalf("internal compile error: %s\n%s", d.Msg, src)
					}
				}
			}
			return
		}
		res := p.Run(runner.Options{Seed: 1, MaxSteps: 2_000_000, MaxOutput: 1 << 16, MaxAlloc: 64 << 20})
		if res.Outcome.Kind == runner.OutcomeInternal {
			t.Fatalf("internal error: %s\n%s", res.Stderr, src)
		}
	})
}
