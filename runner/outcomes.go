package runner

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
	"strings"

	"interleave/runner/vm"
)

// Outcomes are whole results. Explore groups schedules by how the program
// ended (outcome kind, exit status, first line of stderr) and by what it
// printed: a hash of stdout, and for runs that did not fail, of stderr too
// (println writes there, and a failing run's goroutine dump differs from
// schedule to schedule in ways nobody reads as "output"). Two schedules
// that print different things are two outcomes, and when the runs that did
// not fail print different things the output depends on the schedule: a
// finding, reported with the race or ordering that makes the difference.

// maxOutputs bounds the distinct outcomes kept apart: a program printing a
// different interleaving in every schedule must not grow the result
// without end. Later new outputs are counted in one "other outputs" row.
const maxOutputs = 64

// maxExampleOutput bounds the example stdout kept per outcome.
const maxExampleOutput = 2048

// outcomeID identifies an outcome; out hashes what the run printed.
type outcomeID struct {
	kind, message string
	exit          int
	out           uint64
	other         bool // the catch-all row past maxOutputs
}

// outcomeTable counts outcomes in the order first seen.
type outcomeTable struct {
	index   map[outcomeID]int
	outputs map[string]int // distinct outputs per kind+message, against maxOutputs
}

func newOutcomeTable() *outcomeTable {
	return &outcomeTable{index: map[outcomeID]int{}, outputs: map[string]int{}}
}

// printed reports whether what a run of this outcome prints is its output
// in the user's sense (it ran to its end), rather than a crash report.
func printed(kind string) bool {
	return kind == OutcomeOK || kind == OutcomeExit || kind == OutcomeRace
}

// add counts r in res.Outcomes.
func (t *outcomeTable) add(res *ExploreResult, r *Result) {
	key := outcomeID{kind: r.Outcome.Kind, exit: r.ExitCode}
	if r.Outcome.Failed() {
		key.message = r.Outcome.Message
	}
	h := fnv.New64a()
	h.Write([]byte(r.Stdout))
	if printed(r.Outcome.Kind) {
		h.Write([]byte{0})
		h.Write([]byte(userStderr(r)))
	}
	key.out = h.Sum64()
	i, ok := t.index[key]
	if !ok {
		group := key.kind + "\x00" + key.message
		if t.outputs[group] >= maxOutputs {
			key = outcomeID{kind: key.kind, message: key.message, exit: key.exit, other: true}
			i, ok = t.index[key]
		} else {
			t.outputs[group]++
		}
	}
	if ok {
		res.Outcomes[i].Count++
		res.Outcomes[i].procs |= procsBit(r.procs)
		return
	}
	t.index[key] = len(res.Outcomes)
	o := OutcomeCount{Kind: key.kind, Message: key.message, Count: 1, Schedule: r.Schedule(), ExitCode: r.ExitCode, procs: procsBit(r.procs)}
	if key.other {
		o.Output = "other outputs"
		o.Schedule = ""
	} else {
		o.Stdout = clip(r.Stdout, maxExampleOutput)
		if printed(r.Outcome.Kind) {
			o.Stderr = clip(userStderr(r), maxExampleOutput)
		}
	}
	res.Outcomes = append(res.Outcomes, o)
}

// procsBit is OutcomeCount.procs's bit for a run that started with
// GOMAXPROCS n (Result.procs), 0 if the program never asked.
func procsBit(n int) uint8 {
	switch n {
	case 0:
		return 0
	case 1:
		return 1
	}
	return 2
}

// userStderr is what the program itself wrote to stderr: without the race
// detector's reports, which differ between schedules in their goroutine
// numbers and are findings of their own.
func userStderr(r *Result) string {
	s := r.Stderr
	if !strings.Contains(s, "WARNING: DATA RACE") {
		return s
	}
	var b strings.Builder
	in := false
	for _, line := range strings.SplitAfter(s, "\n") {
		switch {
		case strings.HasPrefix(line, "=================="):
			in = !in
			continue
		case in, strings.HasPrefix(line, "Found ") && strings.Contains(line, "data race"):
			continue
		}
		b.WriteString(line)
	}
	return b.String()
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// labelOutputs names what each outcome printed where outcomes that ended
// alike printed different things: the outcomes that ran to their end form
// one group, each kind of failure another. The label is the first line
// where an output differs from the others, or all of it when it is short.
// It sets Output and returns the number of distinct outputs among the
// outcomes that ran to their end.
func labelOutputs(outcomes []OutcomeCount) int {
	groups := map[string][]int{}
	var order []string
	ended := 0
	for i, o := range outcomes {
		g := "\x00ended"
		if printed(o.Kind) {
			ended++
		} else {
			g = o.Kind + "\x00" + o.Message
		}
		if _, ok := groups[g]; !ok {
			order = append(order, g)
		}
		groups[g] = append(groups[g], i)
	}
	for _, g := range order {
		if idx := groups[g]; len(idx) >= 2 {
			labelGroup(outcomes, idx)
		}
	}
	return ended
}

func labelGroup(outcomes []OutcomeCount, idx []int) {
	texts := make([][]string, len(idx))
	for k, i := range idx {
		texts[k] = strings.Split(strings.TrimSuffix(outcomes[i].Stdout+outcomes[i].Stderr, "\n"), "\n")
	}
	// The first line at which some output differs from another.
	first := 0
	for ; ; first++ {
		same, end := true, false
		for _, t := range texts {
			if first >= len(t) || first >= len(texts[0]) {
				end = true
				break
			}
			if t[first] != texts[0][first] {
				same = false
			}
		}
		if end || !same {
			break
		}
	}
	short := true
	for _, t := range texts {
		if len(t) > 3 || len(strings.Join(t, " ")) > 60 {
			short = false
		}
	}
	for k, i := range idx {
		if outcomes[i].Output != "" { // "other outputs"
			continue
		}
		t := texts[k]
		switch {
		case short:
			outcomes[i].Output = strconv.Quote(strings.Join(t, "\n"))
		case first < len(t):
			outcomes[i].Output = fmt.Sprintf("line %d: %s", first+1, strconv.Quote(clip(t[first], 60)))
		default:
			outcomes[i].Output = fmt.Sprintf("%d lines", len(t))
		}
	}
}

// outputFinding says how the output depends on the schedule, most frequent
// output first, e.g. `the output depends on the schedule: "9998" in 31
// schedules, "10000" in 969`; "" when every run that ended printed the
// same. When the outputs differ only with the GOMAXPROCS setting a run
// started with, it says so instead, and procs is true.
func outputFinding(outcomes []OutcomeCount) (msg string, procs bool) {
	var os []OutcomeCount
	for _, o := range outcomes {
		if printed(o.Kind) {
			os = append(os, o)
		}
	}
	if len(os) < 2 {
		return "", false
	}
	sort.SliceStable(os, func(i, j int) bool { return os[i].Count > os[j].Count })
	if byProcs(os) {
		var parts []string
		for _, o := range os {
			n := vm.NumCPU
			if o.procs == 1 {
				n = 1
			}
			parts = append(parts, fmt.Sprintf("%s with GOMAXPROCS %d (%s)", o.Output, n, schedulesN(o.Count)))
		}
		return "the output depends on GOMAXPROCS, not on the schedule: " + strings.Join(parts, ", "), true
	}
	var parts []string
	for i, o := range os {
		if i == 4 && len(os) > 5 {
			rest := 0
			for _, o := range os[i:] {
				rest += o.Count
			}
			parts = append(parts, fmt.Sprintf("%d other outputs in %s", len(os)-i, schedulesN(rest)))
			break
		}
		parts = append(parts, fmt.Sprintf("%s in %s", o.Output, schedulesN(o.Count)))
	}
	return "the output depends on the schedule: " + strings.Join(parts, ", "), false
}

// byProcs reports whether the outputs differ only with the GOMAXPROCS
// setting the runs started with: each output came from one setting, and
// each setting gave one output.
func byProcs(os []OutcomeCount) bool {
	var seen uint8
	for _, o := range os {
		if o.procs != 1 && o.procs != 2 || seen&o.procs != 0 {
			return false
		}
		seen |= o.procs
	}
	return true
}

func schedulesN(n int) string {
	return groupDigits(n) + " " + plural(n, "schedule", "schedules")
}

// groupDigits writes 12345 as 12,345.
func groupDigits(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + groupDigits(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// outputCause says what makes two runs that print differently differ: the
// prints themselves happening in another order, a data race the detector
// saw, or the first visible operation the two schedules order differently.
// a and b are schedule tokens of two outcomes with different outputs.
func (p *Program) outputCause(opts Options, a, b string) string {
	opts.Trace = true
	opts.Schedule = a
	ra := p.Run(opts)
	opts.Schedule = b
	rb := p.Run(opts)
	prints := func(r *Result) []Event {
		var out []Event
		for _, e := range r.Trace {
			if e.Op == "output" {
				out = append(out, e)
			}
		}
		return out
	}
	pa, pb := prints(ra), prints(rb)
	for i := 0; i < len(pa) && i < len(pb); i++ {
		x, y := pa[i], pb[i]
		if x.Line == y.Line && x.G == y.G {
			continue
		}
		if x.Line == y.Line {
			return fmt.Sprintf("goroutines %d and %d both print at %s:%d, in either order", min(x.G, y.G), max(x.G, y.G), FileName, x.Line)
		}
		return fmt.Sprintf("the prints at %s:%d (goroutine %d) and %s:%d (goroutine %d) happen in either order", FileName, x.Line, x.G, FileName, y.Line, y.G)
	}
	for _, r := range []*Result{ra, rb} {
		if r.Outcome.Kind == OutcomeRace && r.Outcome.Message != "" {
			return "the values printed differ because of a " + r.Outcome.Message
		}
		if len(r.races) > 0 { // the exploration's silent race detector
			return "the values printed differ because of a " + raceFinding(r.races[0], "").Message
		}
		for _, e := range r.Trace {
			if e.Op == "race" {
				return fmt.Sprintf("the values printed differ because of a data race at %s:%d", FileName, e.Line)
			}
		}
	}
	same := func(x, y Event) bool { return x.G == y.G && x.Op == y.Op && x.Line == y.Line }
	ta, tb := placed(ra.Trace), placed(rb.Trace)
	for i := 0; i < len(ta) && i < len(tb); i++ {
		if same(ta[i], tb[i]) {
			continue
		}
		x, y := ta[i], tb[i]
		if x.Op == y.Op && x.Line == y.Line {
			return fmt.Sprintf("the values printed depend on the order in which goroutines %d and %d reach the %s at %s:%d",
				min(x.G, y.G), max(x.G, y.G), opWords(x.Op), FileName, x.Line)
		}
		return fmt.Sprintf("the values printed depend on whether goroutine %d's %s at %s:%d or goroutine %d's %s at %s:%d comes first",
			x.G, opWords(x.Op), FileName, x.Line, y.G, opWords(y.Op), FileName, y.Line)
	}
	return ""
}

// opWords names a traced operation for a sentence.
func opWords(op string) string {
	if w, ok := map[string]string{
		"lock": "Lock", "unlock": "Unlock", "rlock": "RLock", "runlock": "RUnlock",
		"chan.send": "send", "chan.recv": "receive", "chan.close": "close",
		"map.read": "map read", "map.write": "map write", "map.iter": "map iteration",
		"wg.add": "WaitGroup.Add", "wg.wait": "WaitGroup.Wait", "go": "go statement",
		"exit": "exit", "block": "blocking operation", "atomic": "atomic operation",
		"stale": "stale read (a store still in a store buffer)",
	}[op]; ok {
		return w
	}
	return op
}

// placed keeps the events that have a line in prog.go, other than prints.
func placed(trace []Event) []Event {
	var out []Event
	for _, e := range trace {
		if e.Line > 0 && e.Op != "output" {
			out = append(out, e)
		}
	}
	return out
}

// outputFindings labels the outcomes' outputs and, when the runs that ended
// printed different things, adds the finding with its cause, found by
// comparing the examples of the two most frequent outputs.
func (p *Program) outputFindings(opts Options, res *ExploreResult) {
	if labelOutputs(res.Outcomes) < 2 {
		return
	}
	msg, procs := outputFinding(res.Outcomes)
	if msg == "" {
		return
	}
	res.OutputVaries = true
	var ex []string
	for _, o := range res.Outcomes { // sorted, most frequent first
		if printed(o.Kind) && o.Schedule != "" {
			ex = append(ex, o.Schedule)
		}
	}
	cause := ""
	if len(ex) >= 2 && !procs {
		cause = p.outputCause(opts, ex[0], ex[1])
	}
	res.Findings = append(res.Findings, Finding{Kind: FindingOutput, Message: msg, Cause: cause})
}
