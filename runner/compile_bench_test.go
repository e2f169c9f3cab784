package runner

import (
	"testing"
	"time"
)

// Compile-time benchmarks (make bench-go): how long a program takes from
// source to its first output once the process has compiled something
// before (warm: the std is type-checked and its SSA built, runner/image.go),
// for a hello world and for a program importing the usual concurrency
// packages. "run" is the first run of the compiled program, which also
// takes the std template (its initialisers); time to first output is
// compile + run.

const benchHello = `package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
`

const benchConcImports = `package main

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var parts []string
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			parts = append(parts, strings.Repeat("x", i))
			mu.Unlock()
		}()
	}
	wg.Wait()
	<-ctx.Done()
	fmt.Println(len(parts), ctx.Err())
}
`

func BenchmarkCompile(b *testing.B) {
	for _, c := range []struct{ name, src string }{{"hello", benchHello}, {"context+sync+time+strings", benchConcImports}} {
		b.Run(c.name, func(b *testing.B) {
			if _, err := Compile(c.src); err != nil { // warm the std
				b.Fatal(err)
			}
			var compile, run time.Duration
			for b.Loop() {
				t0 := time.Now()
				p, err := Compile(c.src)
				if err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				if r := p.Run(Options{}); r.ExitCode != 0 {
					b.Fatalf("exit %d: %s", r.ExitCode, r.Stderr)
				}
				compile += t1.Sub(t0)
				run += time.Since(t1)
			}
			b.ReportMetric(float64(compile.Microseconds())/1000/float64(b.N), "ms/compile")
			b.ReportMetric(float64(run.Microseconds())/1000/float64(b.N), "ms/first-run")
		})
	}
}
