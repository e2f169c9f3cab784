package runner_test

import (
	"runtime"
	"strings"
	"testing"

	"interleave/runner"
)

// The memory cap counts Go's bytes, what is live, and ends an program that
// holds too much with Go's out-of-memory error.
func TestMemoryCap(t *testing.T) {
	// The wasm test binary runs every test in one 4 GB address space, and
	// what earlier tests left behind fragments it: the largest live sets
	// are scaled down there (still far over what 24-byte values could hold).
	bigBytes, hugeString, runesRefused := "500", "200<<20", "800 MB of Go's bytes (4800 MB"
	if runtime.GOARCH == "wasm" {
		bigBytes, hugeString, runesRefused = "200", "64<<20", "256 MB of Go's bytes (1536 MB"
	}
	cases := []struct {
		name, src string
		maxAlloc  int64
		native    bool   // needs more host memory than the page allows a run
		stderr    string // "" means the program must run to its end
	}{
		// 400 MB of []int in Go's bytes is 1.2 GB of interpreter values:
		// over the old host-heap cap, within Go's bytes.
		{"live slices in Go's bytes", `package main
func main() {
	var keep [][]int
	for i := 0; i < 400; i++ { keep = append(keep, make([]int, 1<<17)) }
	n := 0
	for _, s := range keep { n += len(s) }
	println(n)
}`, 0, true, ""},
		// Garbage stops counting: 2 GB of strings and 600 MB of slices
		// allocated and dropped under a 64 MB cap.
		{"churn of strings", `package main
func main() {
	big := "x"
	for len(big) < 1<<20 { big += big }
	n := 0
	for i := 0; i < 2000; i++ { s := big + "y"; n += len(s) }
	println(n)
}`, 64 << 20, false, ""},
		{"churn of slices", `package main
func main() {
	n := 0
	for i := 0; i < 600; i++ { s := make([]int, 1<<17); s[i] = i; n += len(s) }
	println(n)
}`, 64 << 20, false, ""},
		// Small objects kept live are measured by sampling: 256K nodes of
		// 64 bytes (16 MB) run under 128 MB (the page's host bound is the
		// cap, and a node takes about 220 bytes there); 2M nodes (128 MB)
		// do not run under 64 MB.
		{"small objects kept", `package main
type node struct{ next *node; v [6]int }
func main() {
	var head *node
	for i := 0; i < 1<<18; i++ { head = &node{next: head} }
	println(head != nil)
}`, 128 << 20, false, ""},
		{"small objects over the cap", `package main
type node struct{ next *node; v [6]int }
func main() {
	var head *node
	for i := 0; i < 2<<20; i++ { head = &node{next: head} }
	println(head != nil)
}`, 64 << 20, false, "fatal error: runtime: out of memory\n("},
		// Strings cost the interpreter what they cost Go: the Go-bytes
		// measure decides.
		{"strings kept over the cap", `package main
func main() {
	var keep []string
	big := "x"
	for len(big) < 1<<20 { big += big }
	for i := 0; i < 100; i++ { keep = append(keep, big+"y") }
	println(len(keep))
}`, 64 << 20, false, "fatal error: runtime: out of memory\n(the program holds about "},
		{"map kept over the cap", `package main
func main() {
	m := map[int]int{}
	for i := 0; i < 2<<20; i++ { m[i] = i }
	println(len(m))
}`, 16 << 20, false, "fatal error: runtime: out of memory\n("},
		// 500 MB (200 MB in wasm) of []byte kept live: a byte each in the interpreter too
		// (compact byte storage, vm/bytes.go).
		{"live bytes in Go's bytes", `package main
func main() {
	var keep [][]byte
	for i := 0; i < ` + bigBytes + `; i++ { b := make([]byte, 1<<20); b[i] = byte(i); keep = append(keep, b) }
	n := 0
	for i, b := range keep { n += len(b) + int(b[i]) }
	println(n)
}`, 0, false, ""},
		{"huge string to bytes", `package main
import "strings"
func main() {
	s := strings.Repeat("x", ` + hugeString + `)
	b := []byte(s)
	println(len(b))
}`, 0, false, ""},
		// A []rune still takes a Value per element: 800 MB of Go's bytes,
		// 4.8 GB in the interpreter, refused before it is made.
		{"huge string to runes", `package main
import "strings"
func main() {
	s := strings.Repeat("x", ` + hugeString + `)
	r := []rune(s)
	println(len(r))
}`, 0, false, "fatal error: runtime: out of memory\n(one allocation of " + runesRefused + " in the interpreter)"},
		{"huge channel", `package main
func main() { ch := make(chan [64]int, 1<<22); println(cap(ch)) }`, 0, false, "fatal error: runtime: out of memory\n(one allocation of 2048 MB"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.native && runtime.GOARCH == "wasm" {
				t.Skip("needs more host memory than a run in the page may take")
			}
			p, err := runner.Compile(c.src)
			if err != nil {
				t.Fatal(err)
			}
			res := p.Run(runner.Options{MaxAlloc: c.maxAlloc, MaxSteps: 4_000_000_000})
			if c.stderr == "" {
				if res.Outcome.Kind != runner.OutcomeOK {
					t.Fatalf("outcome %q, stderr %.400q; want ok", res.Outcome.Kind, res.Stderr)
				}
				return
			}
			if res.Outcome.Kind != runner.OutcomeFatal || !strings.HasPrefix(res.Stderr, c.stderr) || res.ExitCode != 2 {
				t.Fatalf("outcome %q exit %d, stderr %.400q; want fatal, exit 2, starting %q", res.Outcome.Kind, res.ExitCode, res.Stderr, c.stderr)
			}
			if !strings.Contains(res.Stderr, "\n\ngoroutine 1 [running]:\n") || !strings.Contains(res.Stderr, "\nmain.main()\n\tprog.go:") {
				t.Errorf("no traceback of the allocating goroutine in %.600q", res.Stderr)
			}
		})
	}
}
