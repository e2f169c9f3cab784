package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// exchange sends one request to a fresh worker and returns every reply.
func exchange(t *testing.T, w *worker, req string) []map[string]any {
	t.Helper()
	var out []map[string]any
	w.post = func(b []byte) {
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("reply is not JSON: %s", b)
		}
		out = append(out, m)
	}
	w.handle([]byte(req))
	return out
}

func TestFormat(t *testing.T) {
	w := newWorker(nil)
	r := exchange(t, w, `{"id":4,"cmd":"format","src":"package main\nfunc main(){println(1)}\n"}`)
	if len(r) != 1 || r[0]["id"] != 4.0 {
		t.Fatalf("replies %v", r)
	}
	if got := r[0]["src"]; got != "package main\n\nfunc main() { println(1) }\n" {
		t.Errorf("formatted %q", got)
	}

	r = exchange(t, w, `{"id":5,"cmd":"format","src":"package main\nfunc main() {\n\tx := \n}\n"}`)
	diags, _ := r[0]["diags"].([]any)
	if len(diags) == 0 {
		t.Fatalf("format of bad code: %v, want diags", r)
	}
	d := diags[0].(map[string]any)
	if d["line"] != 4.0 || d["msg"] == "" {
		t.Errorf("diag %v, want one on line 4", d)
	}
}

func TestBadRequests(t *testing.T) {
	w := newWorker(nil)
	for req, want := range map[string]string{
		`{"id":1,"cmd":"run"}`:                "missing src",
		`{"id":2,"cmd":"step","choices":[1]}`: "no session",
		`{"id":3,"cmd":"format"}`:             "missing src",
		`not json`:                            "bad request",
	} {
		r := exchange(t, w, req)
		if len(r) != 1 || !strings.Contains(r[0]["error"].(string), want) {
			t.Errorf("%s: replies %v, want an error with %q", req, r, want)
		}
	}
}

func TestCancelIsRecognised(t *testing.T) {
	w := newWorker(nil)
	if !w.isCancel([]byte(`{"id":9,"cmd":"cancel"}`)) || w.isCancel([]byte(`{"id":9,"cmd":"run"}`)) {
		t.Error("cancel not told apart from other commands")
	}
}

const racy = `package main

import "sync"

func main() {
	m := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 50; i++ {
			mu.Lock()
			m[0] = i
			mu.Unlock()
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 50; i++ {
			mu.Lock()
			_ = m[0]
			mu.Unlock()
		}
	}()
	wg.Wait()
	println("done")
}
`

func msg(cmd string, fields map[string]any) string {
	fields["cmd"] = cmd
	if _, ok := fields["id"]; !ok {
		fields["id"] = 1
	}
	b, _ := json.Marshal(fields)
	return string(b)
}

func TestCompileRunExplore(t *testing.T) {
	w := newWorker(nil)
	r := exchange(t, w, msg("compile", map[string]any{"src": racy}))
	sites, _ := r[0]["lockSites"].([]any)
	if len(sites) != 4 {
		t.Fatalf("compile: %v, want 4 lock sites", r)
	}

	r = exchange(t, w, msg("run", map[string]any{"src": racy, "options": map[string]any{"seed": 3, "trace": true}}))
	res := r[0]["result"].(map[string]any)
	tl, _ := r[0]["timeline"].(map[string]any)
	if res["stderr"] != "done\n" || res["trace"] != nil || tl == nil || tl["steps"].(float64) < 100 || tl["lanes"] != 3.0 || tl["digest"] == "" {
		t.Errorf("run: %v, want its output, and its timeline kept in the worker", r[0])
	}

	r = exchange(t, w, msg("run", map[string]any{"src": "package main\nfunc main() { x := }\n"}))
	if d, _ := r[0]["diags"].([]any); len(d) == 0 {
		t.Errorf("run of bad code: %v, want diags", r)
	}

	off := []int{0, 1, 2, 3}
	r = exchange(t, w, msg("explore", map[string]any{"id": 7, "src": racy,
		"explore": map[string]any{"strategy": "random", "runs": 300, "disabledLocks": off, "stopAtFirst": true}}))
	final := r[len(r)-1]
	x, _ := final["explore"].(map[string]any)
	if x == nil || x["failures"].(float64) < 1 || x["first_failure"] == nil {
		t.Fatalf("explore with locks off: %v", final)
	}
	for _, m := range r[:len(r)-1] {
		if m["id"] != 7.0 || m["progress"] == nil {
			t.Errorf("before the final reply: %v, want progress", m)
		}
	}
}

func TestExploreCancel(t *testing.T) {
	w := newWorker(nil)
	w.cancel() // a cancel from before must not stop the next exploration
	var replies []map[string]any
	w.post = func(b []byte) {
		var m map[string]any
		json.Unmarshal(b, &m)
		replies = append(replies, m)
		if m["progress"] != nil {
			w.cancel()
		}
	}
	w.handle([]byte(msg("explore", map[string]any{"src": racy, "explore": map[string]any{"runs": 100000}})))
	x := replies[len(replies)-1]["explore"].(map[string]any)
	if x["cancelled"] != true || x["schedules"].(float64) >= 100000 {
		t.Errorf("cancelled explore: %v", x)
	}
}

func TestStepAndUndo(t *testing.T) {
	w := newWorker(nil)
	r := exchange(t, w, msg("step", map[string]any{"src": racy, "options": map[string]any{}, "choices": []int{}}))
	st := r[0]["session"].(map[string]any)
	gs := st["goroutines"].([]any)
	if len(gs) == 0 || st["done"] == true {
		t.Fatalf("fresh session: %v", st)
	}
	g := int(gs[0].(map[string]any)["id"].(float64))
	one := exchange(t, w, msg("step", map[string]any{"choices": []int{g}}))[0]["session"].(map[string]any)
	if one["steps"] != 1.0 {
		t.Errorf("after one step: %v", one)
	}
	// Undo: a fresh session replaying no choices is the fresh session again.
	again := exchange(t, w, msg("step", map[string]any{"src": racy, "options": map[string]any{}, "choices": []int{}}))[0]["session"].(map[string]any)
	if a, b := mustJSON(again["goroutines"]), mustJSON(st["goroutines"]); a != b {
		t.Errorf("replayed session %s, want %s", a, b)
	}
	// Keep choosing the first runnable goroutine until the program ends.
	for i := 0; i < 10000 && again["done"] != true; i++ {
		pick := -1
		for _, x := range again["goroutines"].([]any) {
			if x.(map[string]any)["status"] == "runnable" {
				pick = int(x.(map[string]any)["id"].(float64))
				break
			}
		}
		r := exchange(t, w, msg("step", map[string]any{"choices": []int{pick}}))
		if r[0]["error"] != nil {
			t.Fatalf("step %d: %v", pick, r[0])
		}
		again = r[0]["session"].(map[string]any)
	}
	if again["done"] != true || again["result"] == nil {
		t.Fatalf("session never ended: %v", again)
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// Progress reports carry the outcomes so far, for the page's live
// histogram, and the time limit and PCT depth reach the runner.
func TestExploreProgressOutcomesAndTimeLimit(t *testing.T) {
	w := newWorker(nil)
	r := exchange(t, w, msg("explore", map[string]any{"src": racy, "explore": map[string]any{
		"strategy": "pct", "depth": 2, "runs": 10000000, "timeLimitMS": 500, "disabledLocks": []int{0, 1, 2, 3}}}))
	final, _ := r[len(r)-1]["explore"].(map[string]any)
	if final == nil || final["schedules"].(float64) >= 10000000 || final["elapsed_ms"].(float64) < 400 {
		t.Fatalf("explore with a time limit: %v", r[len(r)-1])
	}
	seen := 0
	for _, m := range r[:len(r)-1] {
		p := m["progress"].(map[string]any)
		os, _ := p["outcomes"].([]any)
		sum := 0.0
		for _, o := range os {
			sum += o.(map[string]any)["count"].(float64)
		}
		if sum != p["schedules"].(float64) {
			t.Errorf("progress %v: outcome counts sum to %v, not the schedules", p, sum)
		}
		if len(os) > 0 {
			seen++
		}
	}
	if seen == 0 {
		t.Errorf("no progress report among %d replies carried outcomes", len(r))
	}
}

// A failing run with a trace, as the page asks for, explains itself.
func TestRunExplainsDeadlock(t *testing.T) {
	w := newWorker(nil)
	src := "package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar mu sync.Mutex\n\tmu.Lock()\n\tmu.Lock()\n}\n"
	r := exchange(t, w, msg("run", map[string]any{"src": src, "options": map[string]any{"trace": true}}))
	res := r[0]["result"].(map[string]any)
	if e, _ := res["explanation"].(string); e == "" || res["outcome"].(map[string]any)["kind"] != "deadlock" {
		t.Errorf("deadlocked run: %v, want a deadlock with an explanation", res)
	}
}
