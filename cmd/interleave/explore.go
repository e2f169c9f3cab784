package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"interleave/runner"
)

// exploreCmd implements `interleave explore FILE.go`: run the program under
// many schedules, report the outcomes, and for a failure the minimal
// schedule that reproduces it and the command that replays it.
// Exit status: 0 when no failing schedule was found, 3 when one was, 1 on
// compile or usage errors. An output that depends on the schedule is a
// finding, not a failure: it is reported, and the status stays 0.
func exploreCmd(args []string) int {
	fs := flag.NewFlagSet("explore", flag.ContinueOnError)
	var c commonFlags
	c.register(fs)
	strategy := fs.String("strategy", "random", "random, pct or dfs")
	runs := fs.Int("runs", runner.DefaultRuns, "schedule budget")
	bound := fs.Int("preemption-bound", -1, "dfs: at most K preemptions per schedule, raising the bound 0, 1, … K in turn (default: 0, 1, 2, 3)")
	depth := fs.Int("depth", 3, "pct: bug depth d")
	asJSON := fs.Bool("json", false, "print the result as one JSON object")
	timeLimit := fs.Duration("time-limit", 0, "stop exploring after this long, e.g. 10s (0: no limit)")
	stopFirst := fs.Bool("stop-at-first", false, "stop at the first failing schedule")
	noRace := fs.Bool("no-race-detector", false, "do not watch for data races (faster; racy plain accesses are then never interleaved)")
	file, progArgs, err := parseArgs(fs, args)
	if err == nil && len(progArgs) > 0 {
		err = fmt.Errorf("explore runs the program without arguments; unexpected %q", progArgs[0])
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "interleave explore: %v\n%s", err, usage)
		return 1
	}
	switch *strategy {
	case runner.StrategyRandom, runner.StrategyPCT, runner.StrategyDFS:
	default:
		fmt.Fprintf(os.Stderr, "interleave explore: --strategy must be random, pct or dfs, not %q\n", *strategy)
		return 1
	}
	p, code := load(file)
	if p == nil {
		return code
	}
	ids, err := c.disabled(p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "interleave explore: %v\n", err)
		return 1
	}
	opts := runner.ExploreOptions{
		Strategy: *strategy, Runs: *runs, Seed: c.seed, PreemptionBound: *bound, RaiseBound: true, Depth: *depth,
		Race: c.race, DisabledLocks: ids, TimeLimitMS: timeLimit.Milliseconds(), StopAtFirst: *stopFirst,
		NoRaceDetector: *noRace, FineGrained: c.fineGrained,
	}
	tty := isTerminal(os.Stderr)
	if tty && !*asJSON {
		opts.ProgressEvery = 50
		opts.Progress = func(pr runner.ExploreProgress) bool {
			fmt.Fprintf(os.Stderr, "\r%d schedules, %d failing, %.0f/s", pr.Schedules, pr.Failures, pr.SchedulesPerSec)
			if *strategy == runner.StrategyDFS {
				fmt.Fprintf(os.Stderr, ", preemption bound %d", pr.PreemptionBound)
			}
			fmt.Fprint(os.Stderr, "\x1b[K")
			return true
		}
	}
	res := p.Explore(opts)
	if opts.Progress != nil {
		fmt.Fprint(os.Stderr, "\r\x1b[K")
	}
	if *asJSON {
		out, _ := json.MarshalIndent(res, "", "  ")
		fmt.Println(string(out))
	} else {
		report(os.Stdout, file, &c, res)
	}
	if res.FirstFailure != nil {
		return 3
	}
	return 0
}

// report prints an exploration for people.
func report(w io.Writer, file string, c *commonFlags, res *runner.ExploreResult) {
	fmt.Fprintf(w, "%s: %s.\n", res.Strategy, res.Verdict)
	fmt.Fprintf(w, "%d schedules in %s (%.0f/s)\n", res.Schedules, time.Duration(res.ElapsedMS)*time.Millisecond, res.SchedulesPerSec)
	fmt.Fprintln(w, "\noutcomes:")
	for _, o := range res.Outcomes {
		what := o.Kind
		if o.Message != "" {
			what += ": " + o.Message
		}
		if o.Output != "" {
			what += ", printed " + o.Output
		}
		fmt.Fprintf(w, "  %6d  %s\n", o.Count, what)
	}
	for _, f := range res.Findings {
		fmt.Fprintf(w, "\nfinding: %s", f.Message)
		if f.Cause != "" {
			fmt.Fprintf(w, "\n  cause: %s", f.Cause)
		}
		fmt.Fprintln(w)
	}
	if len(res.Protection) > 0 {
		fmt.Fprintln(w, "\nwhy it holds:")
		for _, p := range res.Protection {
			fmt.Fprintf(w, "  %s\n", p.Message)
		}
	}
	if len(res.NotCovered) > 0 {
		fmt.Fprintln(w, "\nnot covered:")
		for _, s := range res.NotCovered {
			fmt.Fprintf(w, "  %s\n", s)
		}
	}
	f := res.FirstFailure
	if f == nil {
		return
	}
	fmt.Fprintln(w, "\nfirst failure:")
	for _, line := range strings.Split(strings.TrimRight(f.Stderr, "\n"), "\n") {
		fmt.Fprintf(w, "  | %s\n", line)
	}
	if f.Explanation != "" {
		fmt.Fprintf(w, "\nwhy: %s\n", f.Explanation)
	}
	token := f.MinimalSchedule
	if token == "" {
		token = f.Schedule
	}
	fmt.Fprintf(w, "\nminimal schedule (%d %s): %s\n", f.Preemptions, plural(f.Preemptions, "preemption", "preemptions"), token)
	fmt.Fprintf(w, "replay it with:\n  interleave run %s%s --schedule %s\n", shellQuote(file), lockFlags(c), token)
}

// lockFlags repeats the flags that change the program's behaviour, so the
// replay command runs the same program.
func lockFlags(c *commonFlags) string {
	var b strings.Builder
	if c.noLocks {
		b.WriteString(" --no-locks")
	}
	if c.disableLines != "" {
		b.WriteString(" --disable-lock " + c.disableLines)
	}
	if c.race {
		b.WriteString(" --race")
	}
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func shellQuote(s string) string {
	if s == filepath.Clean(s) && !strings.ContainsAny(s, " \t'\"$\\`!*?&;|<>()") {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// isTerminal reports whether f is a character device, without x/term.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
