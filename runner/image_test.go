package runner

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// stateProgram prints the standard library's package state as a fresh
// process sees it, then changes it: package-level variables (io.EOF),
// state behind a pointer made by an initialiser (log's standard Logger,
// math/rand's global generator) and a package's own lazily filled state.
// In real Go every run starts from the same state, so every run prints the
// same lines; name makes the programs of the test differ.
func stateProgram(name string, seed int) string {
	return fmt.Sprintf(`package main

import (
	"errors"
	"fmt"
	"io"
	"log"
	"math/rand"
	"os"
)

func main() {
	fmt.Printf("prefix %%q flags %%d EOF %%v\n", log.Prefix(), log.Flags(), io.EOF)
	fmt.Println("rand", rand.Intn(1000000))
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix(%[1]q)
	log.Print("logged")
	io.EOF = errors.New(%[1]q)
	rand.Seed(%[2]d)
	fmt.Println("seeded", rand.Intn(1000000))
}
`, name, seed)
}

// TestSharedStdIsolation: programs compiled in one process share the
// standard library's code (runner/image.go), never its state. Each run of
// each program, interleaved with runs of the other, in parallel and in
// explorations, sees the state a fresh process has.
func TestSharedStdIsolation(t *testing.T) {
	a := compileT(t, stateProgram("A: ", 1))
	b := compileT(t, stateProgram("B: ", 2))
	first := map[*Program]string{}
	for _, p := range []*Program{a, b} {
		r := p.Run(Options{})
		if r.ExitCode != 0 {
			t.Fatalf("exit %d: %s", r.ExitCode, r.Stderr)
		}
		first[p] = r.Stdout
	}
	for _, out := range first {
		if !strings.HasPrefix(out, `prefix "" flags 3 EOF EOF`+"\n") {
			t.Errorf("the first run does not start from the initial state:\n%s", out)
		}
	}
	if first[a] == first[b] {
		t.Fatalf("the two programs print the same:\n%s", first[a])
	}
	check := func(p *Program, r *Result) {
		if r.Stdout != first[p] {
			t.Errorf("a later run prints\n%s\nthe first printed\n%s", r.Stdout, first[p])
		}
	}
	for i := 0; i < 3; i++ {
		for _, p := range []*Program{a, b} {
			check(p, p.Run(Options{}))
		}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := 0; i < 8; i++ {
		p := []*Program{a, b}[i%2]
		wg.Go(func() {
			r := p.Run(Options{})
			mu.Lock()
			defer mu.Unlock()
			check(p, r)
		})
	}
	wg.Wait()
	for _, p := range []*Program{a, b} {
		res := p.Explore(ExploreOptions{Strategy: StrategyRandom, Seed: 1, Runs: 20, Workers: 2})
		if len(res.Outcomes) != 1 || res.Outcomes[0].Stdout != first[p] {
			t.Errorf("exploration reaches %d outcomes: %+v", len(res.Outcomes), res.Outcomes)
		}
	}
}

// TestCompileConcurrently compiles different programs on several
// goroutines at once, each importing standard packages the others may be
// building for the first time, and checks each runs as when compiled alone.
func TestCompileConcurrently(t *testing.T) {
	srcs := []string{
		"package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello\") }\n",
		"package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() { fmt.Println(strings.ToUpper(\"up\")) }\n",
		"package main\n\nimport (\n\t\"container/list\"\n\t\"fmt\"\n)\n\nfunc main() { l := list.New(); l.PushBack(3); fmt.Println(l.Len()) }\n",
		"package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() { s := bufio.NewScanner(strings.NewReader(\"a b\")); s.Split(bufio.ScanWords); n := 0; for s.Scan() { n++ }; fmt.Println(n) }\n",
		"package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n)\n\nfunc main() { ctx, cancel := context.WithCancel(context.Background()); cancel(); fmt.Println(ctx.Err()) }\n",
	}
	want := []string{"hello\n", "UP\n", "1\n", "2\n", "context canceled\n"}
	var wg sync.WaitGroup
	for round := 0; round < 2; round++ {
		for i, src := range srcs {
			wg.Go(func() {
				p, err := Compile(src)
				if err != nil {
					t.Errorf("program %d: %v", i, err)
					return
				}
				if r := p.Run(Options{}); r.Stdout != want[i] {
					t.Errorf("program %d prints %q, want %q (stderr %q)", i, r.Stdout, want[i], r.Stderr)
				}
			})
		}
	}
	wg.Wait()
}

// TestFrozenStdState: runs share the std template's objects that no code
// can change (strconv's and io's errors: vm/frozen.go), and make afresh
// what a run can change through a pointer the template holds (time.UTC
// points to a global of package time; os.Stdout to a File that Close
// writes). Each program below changes such state; every later run, in
// turn, in parallel and in an exploration, must print what the first run
// printed. A program whose main package imports reflect can write any
// object (the third), so nothing is frozen for it.
func TestFrozenStdState(t *testing.T) {
	srcs := map[string]string{
		"time-os-strconv": `package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"time"
)

func main() {
	t := time.Unix(0, 0)
	_, err := strconv.Atoi("99999999999999999999")
	_, oerr := os.Open("/nope")
	fmt.Println(time.Local, time.UTC, t.In(time.UTC) == t.UTC(), strconv.ErrRange, errors.Is(err, strconv.ErrRange), errors.Is(oerr, os.ErrNotExist), errors.Is(oerr, fs.ErrNotExist))
	*time.Local = *time.FixedZone("X", 3600)
	*time.UTC = *time.FixedZone("Y", 7200)
	strconv.ErrRange = nil
	fmt.Println(time.Local, time.UTC, t.In(time.UTC) == t.UTC())
	os.Stdout.Close()
	fmt.Println("closed")
}
`,
		"reflect": `package main

import (
	"errors"
	"fmt"
	"io"
	"reflect"
)

func main() {
	fmt.Println(io.EOF)
	reflect.ValueOf(io.EOF).Elem().Set(reflect.ValueOf(errors.New("changed")).Elem())
	fmt.Println(io.EOF)
}
`,
	}
	want := map[string]string{
		"time-os-strconv": "UTC UTC true value out of range true true true\nX Y true\n",
		"reflect":         "EOF\nchanged\n",
	}
	for name, src := range srcs {
		p := compileT(t, src)
		for i := 0; i < 3; i++ {
			if r := p.Run(Options{}); r.Stdout != want[name] {
				t.Errorf("%s, run %d prints\n%s", name, i, r.Stdout)
			}
		}
		var wg sync.WaitGroup
		for i := 0; i < 4; i++ {
			wg.Go(func() {
				if r := p.Run(Options{}); r.Stdout != want[name] {
					t.Errorf("%s, a parallel run prints\n%s", name, r.Stdout)
				}
			})
		}
		wg.Wait()
		res := p.Explore(ExploreOptions{Strategy: StrategyRandom, Seed: 1, Runs: 20, Workers: 2})
		if len(res.Outcomes) != 1 || res.Outcomes[0].Stdout != want[name] {
			t.Errorf("%s: exploration reaches %d outcomes: %+v", name, len(res.Outcomes), res.Outcomes)
		}
	}
}
