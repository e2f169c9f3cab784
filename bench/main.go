// Command bench measures Interleave against its anchors in one run: native
// Go and yaegi (an interpreter that runs goroutines on real threads) on the
// same workloads, then Interleave's exploration speed on the examples.
//
// The machine it runs on is usually shared and noisy, so every number is the
// best of several repetitions, the engines take turns within each workload,
// and only ratios measured in the same run are compared.
//
// Usage: go run . [-reps N] [-explore-ms MS] [-only NAME,...]
package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"reflect"
	"runtime"
	"strings"
	"time"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	"interleave/bench/work"
	"interleave/examples"
	"interleave/runner"
)

// workload is one program: its file in package work and its native entry.
type workload struct {
	name, file, fn string
	native         func() int
	limit          float64 // goal for Interleave/native, 0 if none
	// ops counts the program's visible operations (each goroutine's
	// send, receive, Lock, Unlock, Add, Done, map access… on its own),
	// 0 for a program that is mostly plain computation: Interleave's time
	// over it is an upper bound on the cost of one, goal opLimit.
	ops int
	// opsOnly marks a workload measured for its operations' cost alone:
	// not one of issue 12's yaegi anchors, so not in the geomean, and
	// yaegi's time is shown but no goal.
	opsOnly bool
}

// opLimit is the goal for one visible operation, in Interleave natively
// (issue 12): scheduling at the speed of a function call.
const opLimit = 100 * time.Nanosecond

var workloads = []workload{
	{"fib", "fib.go", "Fib", work.Fib, 20, 0, false},
	{"loop", "loop.go", "Loop", work.Loop, 20, 0, false},
	{"sort+iface", "sort.go", "Sort", work.Sort, 0, 0, false},
	{"map churn", "maps.go", "Maps", work.Maps, 0, 0, false},
	{"strings.Builder", "builder.go", "Builder", work.Builder, 0, 0, false},
	{"ping-pong", "pingpong.go", "PingPong", work.PingPong, 0, 4 * 50000, false},    // two sends, two receives a round
	{"pipeline", "pipeline.go", "Pipeline", work.Pipeline, 0, 3 * 2 * 50000, false}, // a send and a receive a value and stage
	{"mutex", "mutex.go", "Mutex", work.Mutex, 0, 4 * 2 * 50000, false},             // Lock and Unlock
	{"waitgroup", "waitgroup.go", "WaitGroup", work.WaitGroup, 0, 4 * 2 * 50000, true},
	{"shared map", "sharedmap.go", "SharedMap", work.SharedMap, 0, 2 * 100000, true}, // lookups with two goroutines ready
}

func main() {
	reps := flag.Int("reps", 5, "repetitions per engine and workload (the best counts)")
	exploreMS := flag.Int64("explore-ms", 1500, "time each strategy explores each example")
	only := flag.String("only", "", "comma-separated workloads or examples to run (default all)")
	skipExplore := flag.Bool("no-explore", false, "skip exploration speeds")
	flag.Parse()
	pick := func(name string) bool {
		if *only == "" {
			return true
		}
		for _, n := range strings.Split(*only, ",") {
			if n == name {
				return true
			}
		}
		return false
	}
	fmt.Printf("Interleave bench — %s/%s, GOMAXPROCS=%d, %s, best of %d\n\n", runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0), runtime.Version(), *reps)
	fmt.Printf("%-16s %10s %10s %10s   %9s %9s %8s  %s\n", "program", "native", "yaegi", "interleave", "il/native", "yaegi/il", "il/op", "goal")
	var logSum float64
	var count int
	failed := false
	for _, w := range workloads {
		if !pick(w.name) {
			continue
		}
		nat, ya, il, err := measure(w, *reps)
		if err != nil {
			fmt.Printf("%-16s error: %v\n", w.name, err)
			failed = true
			continue
		}
		speedup := float64(ya) / float64(il)
		goal := "ok"
		var misses []string
		if !w.opsOnly {
			logSum += math.Log(speedup)
			count++
			if speedup <= 1 {
				misses = append(misses, "slower than yaegi")
			}
		}
		if w.limit > 0 && float64(il)/float64(nat) > w.limit {
			misses = append(misses, fmt.Sprintf("over %g× native", w.limit))
		}
		perOp := ""
		if w.ops > 0 {
			op := il / time.Duration(w.ops)
			perOp = fmt.Sprintf("%dns", op.Nanoseconds())
			if op > opLimit {
				misses = append(misses, fmt.Sprintf("over %v an operation", opLimit))
			}
		}
		if len(misses) > 0 {
			goal = "MISS: " + strings.Join(misses, ", ")
		}
		fmt.Printf("%-16s %10s %10s %10s   %8.1f× %8.2f× %8s  %s\n", w.name, dur(nat), dur(ya), dur(il), float64(il)/float64(nat), speedup, perOp, goal)
	}
	if count > 0 {
		g := math.Exp(logSum / float64(count))
		goal := "ok"
		if g < 3 {
			goal = "MISS: goal 3×"
		}
		fmt.Printf("%-16s %10s %10s %10s   %9s %8.2f× %8s  %s\n", "geomean", "", "", "", "", g, "", goal)
		fmt.Printf("(il/op: Interleave's time over the program's visible operations, goal %v; waitgroup and shared map are\n"+
			" measured for that alone, outside the geomean and the yaegi goal, where yaegi runs goroutines on threads in parallel)\n", opLimit)
	}
	if !*skipExplore {
		fmt.Println()
		explore(pick, *exploreMS)
	}
	if failed {
		os.Exit(1)
	}
}

// measure times one workload on the three engines, taking turns, and
// checks that the interpreters compute what native Go computes.
func measure(w workload, reps int) (nat, ya, il time.Duration, err error) {
	b, err := work.Sources.ReadFile(w.file)
	if err != nil {
		return 0, 0, 0, err
	}
	src := strings.Replace(string(b), "package work", "package main", 1)

	want := w.native()

	yi := interp.New(interp.Options{Stdout: io.Discard, Stderr: io.Discard})
	if err := yi.Use(stdlib.Symbols); err != nil {
		return 0, 0, 0, err
	}
	if _, err := yi.Eval(src); err != nil {
		return 0, 0, 0, fmt.Errorf("yaegi: %v", err)
	}
	v, err := yi.Eval("main." + w.fn)
	if err != nil {
		return 0, 0, 0, fmt.Errorf("yaegi: %v", err)
	}
	yfn, ok := v.Interface().(func() int)
	if !ok {
		return 0, 0, 0, fmt.Errorf("yaegi: main.%s is %v", w.fn, reflect.TypeOf(v.Interface()))
	}

	p, err := runner.Compile(src + "\nfunc main() { println(" + w.fn + "()) }\n")
	if err != nil {
		return 0, 0, 0, fmt.Errorf("interleave: %v", err)
	}
	ilRun := func() (int, error) {
		r := p.Run(runner.Options{Seed: 1})
		if r.ExitCode != 0 {
			return 0, fmt.Errorf("interleave: exit %d: %s", r.ExitCode, r.Stderr)
		}
		var n int
		_, err := fmt.Sscan(r.Stderr, &n)
		return n, err
	}

	nat, ya, il = time.Duration(math.MaxInt64), time.Duration(math.MaxInt64), time.Duration(math.MaxInt64)
	for range reps {
		t := time.Now()
		got := w.native()
		nat = min(nat, time.Since(t))
		if got != want {
			return 0, 0, 0, fmt.Errorf("native: %d then %d", want, got)
		}

		t = time.Now()
		got = yfn()
		ya = min(ya, time.Since(t))
		if got != want {
			return 0, 0, 0, fmt.Errorf("yaegi computed %d, native %d", got, want)
		}

		t = time.Now()
		got, err = ilRun()
		il = min(il, time.Since(t))
		if err != nil {
			return 0, 0, 0, err
		}
		if got != want {
			return 0, 0, 0, fmt.Errorf("interleave computed %d, native %d", got, want)
		}
	}
	return nat, ya, il, nil
}

// explore prints schedules per second of each strategy on each example, on
// one worker, and random and pct again on every core.
func explore(pick func(string) bool, ms int64) {
	n := runtime.GOMAXPROCS(0)
	fmt.Printf("exploration, schedules/s (%d ms each, first failure's minimisation included)\n", ms)
	fmt.Printf("%-12s %10s %10s %10s   %12s %12s\n", "example", "random", "pct", "dfs", fmt.Sprintf("random ×%d", n), fmt.Sprintf("pct ×%d", n))
	for _, ex := range examples.All() {
		if !pick(ex.Name) {
			continue
		}
		p, err := runner.Compile(ex.Source)
		if err != nil {
			fmt.Printf("%-12s error: %v\n", ex.Name, err)
			continue
		}
		fmt.Printf("%-12s", ex.Name)
		rate := func(s string, workers int) string {
			res := p.Explore(runner.ExploreOptions{Strategy: s, Seed: 1, Runs: 1 << 30, PreemptionBound: -1, TimeLimitMS: ms, Workers: workers})
			note := ""
			if res.Exhausted {
				note = "*"
			}
			return fmt.Sprintf("%.0f%s", res.SchedulesPerSec, note)
		}
		for _, s := range []string{runner.StrategyRandom, runner.StrategyPCT, runner.StrategyDFS} {
			fmt.Printf(" %10s", rate(s, 1))
		}
		fmt.Printf("   %12s %12s\n", rate(runner.StrategyRandom, n), rate(runner.StrategyPCT, n))
	}
	fmt.Println("(* dfs exhausted its space before the time limit)")
}

func dur(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return fmt.Sprintf("%.0fµs", float64(d)/1e3)
	case d < time.Second:
		return fmt.Sprintf("%.1fms", float64(d)/1e6)
	}
	return fmt.Sprintf("%.2fs", d.Seconds())
}
