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
