package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"interleave/runner"
)

// commonFlags are the flags run and explore share.
type commonFlags struct {
	seed         int64
	race         bool
	noLocks      bool
	disableLines string
	maxSteps     int64
	fineGrained  bool
}

func (c *commonFlags) register(fs *flag.FlagSet) {
	fs.Int64Var(&c.seed, "seed", 1, "seed of the random scheduler")
	fs.BoolVar(&c.race, "race", false, "detect data races")
	fs.BoolVar(&c.noLocks, "no-locks", false, "disable every Lock/Unlock/RLock/RUnlock call")
	fs.StringVar(&c.disableLines, "disable-lock", "", "disable the lock calls on these lines (comma-separated)")
	fs.Int64Var(&c.maxSteps, "max-steps", 0, "instruction budget per run (0: the default)")
	fs.BoolVar(&c.fineGrained, "fine-grained", false, "make every shared load and store a scheduling point (for small programs)")
}

// disabled maps the lock flags to LockSite IDs.
func (c *commonFlags) disabled(p *runner.Program) ([]int, error) {
	var lines map[int]bool
	if c.disableLines != "" {
		lines = map[int]bool{}
		for _, f := range strings.Split(c.disableLines, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil {
				return nil, fmt.Errorf("--disable-lock: %q is not a line number", f)
			}
			lines[n] = true
		}
	}
	var ids []int
	found := map[int]bool{}
	for _, s := range p.LockSites() {
		if c.noLocks || lines[s.Line] {
			ids = append(ids, s.ID)
			found[s.Line] = true
		}
	}
	for l := range lines {
		if !found[l] {
			return nil, fmt.Errorf("--disable-lock: line %d has no Lock, Unlock, RLock or RUnlock call", l)
		}
	}
	return ids, nil
}

// parseArgs parses the command's flags, which may stand before or after
// the one file, and returns the file and the program's own arguments (its
// os.Args[1:]). After the file, flags are the command's own up to the first
// argument that is not one of them, or up to "--": that argument and every
// one after it go to the program, so
//
//	interleave run prog.go --seed 3 in.txt -v    # seed 3; program gets [in.txt -v]
//	interleave run prog.go -- --seed 3           # program gets [--seed 3]
func parseArgs(fs *flag.FlagSet, args []string) (file string, progArgs []string, err error) {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		return "", nil, err
	}
	args = fs.Args()
	if len(args) == 0 {
		return "", nil, errors.New("no Go file given")
	}
	file, args = args[0], args[1:]
	if file == "--" {
		return "", nil, errors.New("no Go file given before --")
	}
	// Flags after the file: parse while they look like flags.
	if len(args) > 0 && args[0] != "--" && len(args[0]) > 1 && args[0][0] == '-' {
		if err := fs.Parse(args); err != nil {
			return "", nil, fmt.Errorf("%v (program arguments that look like flags go after --)", err)
		}
		rest := fs.Args()
		// flag.Parse stops at "--" and drops it; keep it visible here.
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return file, rest, nil
		}
		args = rest
	}
	if len(args) > 0 && args[0] == "--" {
		args = args[1:]
	}
	return file, args, nil
}

// load reads and compiles a program, printing diagnostics like go build.
func load(file string) (*runner.Program, int) {
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(os.Stderr, "interleave: %v\n", err)
		return nil, 1
	}
	p, err := runner.Compile(string(src))
	if err != nil {
		var ce *runner.CompileError
		if errors.As(err, &ce) {
			fmt.Fprintf(os.Stderr, "# command-line-arguments\n")
			for _, d := range ce.Diags {
				fmt.Fprintf(os.Stderr, "%s:%d:%d: %s\n", file, d.Line, d.Col, d.Msg)
			}
		} else {
			fmt.Fprintf(os.Stderr, "interleave: %v\n", err)
		}
		return nil, 1
	}
	return p, 0
}

func runCmd(args []string) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	var c commonFlags
	c.register(fs)
	schedule := fs.String("schedule", "", "replay this schedule token")
	traceOut := fs.String("trace", "", "write the event log as JSON to this file")
	leaks := fs.Bool("leaks", false, "report goroutines still blocked when main returns")
	showToken := fs.Bool("token", false, "print the schedule token on stderr")
	file, progArgs, err := parseArgs(fs, args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "interleave run: %v\n%s", err, usage)
		return 1
	}
	p, code := load(file)
	if p == nil {
		return code
	}
	ids, err := c.disabled(p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "interleave run: %v\n", err)
		return 1
	}
	res := p.Run(runner.Options{Seed: c.seed, Schedule: *schedule, Race: c.race, DisabledLocks: ids, Trace: *traceOut != "", MaxSteps: c.maxSteps, FineGrained: c.fineGrained, Args: progArgs})
	os.Stdout.WriteString(res.Stdout)
	os.Stderr.WriteString(res.Stderr)
	if *leaks {
		for _, g := range res.Leaks {
			fmt.Fprintf(os.Stderr, "interleave: goroutine %d (%s) leaked: still blocked [%s] at prog.go:%d when main returned\n", g.ID, g.Func, g.State, g.WaitLine)
		}
	}
	if *showToken {
		fmt.Fprintf(os.Stderr, "interleave: schedule %s\n", res.Schedule())
	}
	if *traceOut != "" {
		data, _ := json.MarshalIndent(map[string]any{"schedule": res.Schedule(), "outcome": res.Outcome, "explanation": res.Explanation, "goroutines": res.Goroutines, "events": res.Trace}, "", " ")
		if err := os.WriteFile(*traceOut, data, 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "interleave: %v\n", err)
		}
	}
	return res.ExitCode
}
