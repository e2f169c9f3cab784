package runner_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"interleave/runner"
)

// BenchmarkWorkload runs make bench's workloads (bench/work/*.go) on the VM
// alone, for profiling: go test -run '^$' -bench Workload/mutex -cpuprofile.
func BenchmarkWorkload(b *testing.B) {
	files, _ := filepath.Glob("../bench/work/*.go")
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		if name == "embed" {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		fn := strings.ToUpper(name[:1]) + name[1:]
		if camel, ok := map[string]string{"pingpong": "PingPong", "waitgroup": "WaitGroup", "sharedmap": "SharedMap"}[name]; ok {
			fn = camel
		}
		prog := strings.Replace(string(src), "package work", "package main", 1) + "\nfunc main() { println(" + fn + "()) }\n"
		b.Run(name, func(b *testing.B) {
			p, err := runner.Compile(prog)
			if err != nil {
				b.Skip(err)
			}
			for b.Loop() {
				if r := p.Run(runner.Options{Seed: 1}); r.ExitCode != 0 {
					b.Fatalf("%s: %s", name, r.Stderr)
				}
			}
		})
	}
}
