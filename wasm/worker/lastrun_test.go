package main

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The page asks the worker for views of the last run's timeline, for what
// happens at a step, and for its output in chunks; each answer is bounded
// whatever the run.
func TestLastRunViewsAndOutput(t *testing.T) {
	w := newWorker(nil)
	r := exchange(t, w, msg("view", map[string]any{"from": 0, "to": 10, "cols": 10, "lanes": 5}))
	if !strings.Contains(r[0]["error"].(string), "no timeline") {
		t.Errorf("view before any run: %v", r)
	}
	r = exchange(t, w, msg("run", map[string]any{"src": racy, "options": map[string]any{"seed": 3, "trace": true}}))
	steps := int(r[len(r)-1]["timeline"].(map[string]any)["steps"].(float64))
	v := exchange(t, w, msg("view", map[string]any{"from": 0, "to": steps, "cols": 50, "lane0": 0, "lanes": 100}))[0]["view"].(map[string]any)
	lanes := v["lanes"].([]any)
	if len(lanes) != 3 || v["steps"].(float64) != float64(steps) {
		t.Fatalf("view: %v", v)
	}
	if s := lanes[0].(map[string]any)["states"].(string); len(s) > 50 || !strings.Contains(s, "r") {
		t.Errorf("main's states %q: more than 50 columns, or it never ran", s)
	}
	at := exchange(t, w, msg("at", map[string]any{"step": 1, "lanes": 3}))[0]["at"].(map[string]any)
	if !strings.HasPrefix(at["describe"].(string), "step 2 of ") {
		t.Errorf("at step 1: %v", at)
	}

	// A megabyte of output: the result carries its head and tail, the rest comes in chunks.
	big := "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 20000; i++ {\n\t\tfmt.Printf(\"line %5d: the quick brown fox jumps over the lazy dög\\n\", i)\n\t}\n}\n"
	r = exchange(t, w, msg("run", map[string]any{"src": big, "options": map[string]any{"maxOutput": 4 << 20}}))
	last := r[len(r)-1]
	res, info := last["result"].(map[string]any), last["output"].(map[string]any)
	size := int(info["stdoutSize"].(float64))
	head, tail := res["stdout"].(string), info["stdoutTail"].(string)
	if size < 1<<20 || len(head) > outputHead || len(tail) > outputTail || !strings.HasPrefix(head, "line     0") || !strings.HasSuffix(tail, "line 19999: the quick brown fox jumps over the lazy dög\n") {
		t.Fatalf("big output: size %d, head %d bytes, tail %d bytes", size, len(head), len(tail))
	}
	var all strings.Builder
	for all.Len() < size {
		c := exchange(t, w, msg("output", map[string]any{"stream": "stdout", "from": all.Len(), "to": size}))[0]["chunk"].(string)
		if c == "" || len(c) > chunkMax {
			t.Fatalf("chunk of %d bytes at %d", len(c), all.Len())
		}
		all.WriteString(c)
	}
	if n := strings.Count(all.String(), "\n"); n != 20000 || !utf8.ValidString(all.String()) {
		t.Errorf("the chunks hold %d lines, want 20000", n)
	}
}

// A run that exhausts the instruction budget says so in the page's words,
// and long runs report progress.
func TestBudgetInPageWordsAndRunProgress(t *testing.T) {
	w := newWorker(nil)
	r := exchange(t, w, msg("run", map[string]any{"id": 3, "src": "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n", "options": map[string]any{"maxSteps": 3000000}}))
	final := r[len(r)-1]
	stderr := final["result"].(map[string]any)["stderr"].(string)
	if strings.Contains(stderr, "--max-steps") || !strings.Contains(stderr, "instruction budget") {
		t.Errorf("budget message: %q", stderr)
	}
	if len(r) < 2 {
		t.Fatalf("no progress before the result: %v", r)
	}
	p := r[0]["runProgress"].(map[string]any)
	if r[0]["id"] != 3.0 || p["steps"].(float64) <= 0 || p["goroutines"] != 1.0 {
		t.Errorf("progress %v", r[0])
	}
}

func TestShortenKeepsCharacters(t *testing.T) {
	s := strings.Repeat("é", outputShown)
	head, tail := shorten(s)
	if !utf8.ValidString(head) || !utf8.ValidString(tail) || len(head) > outputHead || len(tail) > outputTail || len(head) < outputHead-1 {
		t.Errorf("head %d bytes, tail %d", len(head), len(tail))
	}
	if h, tl := shorten("short"); h != "short" || tl != "" {
		t.Errorf("short output cut: %q %q", h, tl)
	}
}

// A run's trace past the page's bound is cut: the timeline holds its first
// events and the goroutines they show, and says how many it left out.
func TestCutTrace(t *testing.T) {
	const src = "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\tstart := make(chan struct{})\n\twg.Add(30)\n\tfor i := 0; i < 30; i++ {\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\t<-start\n\t\t}()\n\t}\n\tclose(start)\n\twg.Wait()\n}\n"
	w := newWorker(nil)
	timeline := func(opts map[string]any) map[string]any {
		r := exchange(t, w, msg("run", map[string]any{"src": src, "options": opts}))
		return r[len(r)-1]["timeline"].(map[string]any)
	}
	whole := timeline(map[string]any{"seed": 1, "trace": true})
	if whole["dropped"] != nil || whole["events"].(float64) < 100 || whole["lanes"].(float64) != 31 {
		t.Fatalf("whole trace: %v", whole)
	}
	cut := timeline(map[string]any{"seed": 1, "trace": true, "maxTraceEvents": 20})
	if cut["events"].(float64) != 20 || cut["events"].(float64)+cut["dropped"].(float64) != whole["events"].(float64) {
		t.Errorf("cut trace: %v; whole: %v", cut, whole)
	}
	if l := cut["lanes"].(float64); l < 2 || l > 21 {
		t.Errorf("cut trace: %v lanes, want those of the goroutines its 20 events show", l)
	}
	if cut["digest"] == whole["digest"] {
		t.Errorf("the cut trace's digest is the whole one's")
	}
}
