package runner

import (
	"strings"
	"testing"
)

// sync.Pool is invisible to the scheduler and hands no item from one
// goroutine to another (runner/vm/pool.go).
func TestSyncPool(t *testing.T) {
	const src = `package main

import (
	"fmt"
	"sync"
)

type buf struct{ n int }

func main() {
	made := 0
	p := sync.Pool{New: func() any { made++; return &buf{made} }}
	a := p.Get().(*buf)
	b := p.Get().(*buf)
	p.Put(a)
	p.Put(b)
	p.Put(nil)
	fmt.Println(p.Get() == b, p.Get() == a, p.Get().(*buf).n, made)
	var empty sync.Pool
	fmt.Println(empty.Get())
	empty.Put("x")
	fmt.Println(empty.Get(), empty.Get())

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		p.Put(&buf{100})
		fmt.Println("worker")
	}()
	wg.Wait()
	fmt.Println(p.Get().(*buf).n)
}
`
	p, err := Compile(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, race := range []bool{false, true} {
		// As real Go prints it: the first Put fills the P's private slot,
		// which Get takes first. The worker's item is left on the P it
		// ran on: main's Get takes it on that P (100), or, on another P,
		// makes a new one (4): a scheduler choice, as in
		// outcomes/pool_ended_worker, where real Go rarely prints "new".
		const want = "false false 3 3\n<nil>\nx <nil>\nworker\n"
		last := map[string]bool{}
		for seed := range int64(20) {
			r := p.Run(Options{Trace: true, Race: race, Seed: seed})
			rest, ok := strings.CutPrefix(r.Stdout, want)
			if !ok || r.Stderr != "" || rest != "100\n" && rest != "4\n" {
				t.Errorf("race=%v seed %d: stdout %q stderr %q, want %q then 100 or 4", race, seed, r.Stdout, r.Stderr, want)
			}
			last[rest] = true
			for _, e := range r.Trace {
				if e.Op == "lock" || e.Op == "unlock" {
					t.Errorf("race=%v: the pool or fmt made a visible %s at line %d", race, e.Op, e.Line)
				}
			}
		}
		if !last["100\n"] || !last["4\n"] {
			t.Errorf("race=%v: 20 seeds ended with %v, want both 100 and 4", race, last)
		}
	}
}

// Goroutines that print concurrently share no printer, so the race
// detector sees nothing in fmt; a race on what they print into is found.
func TestSyncPoolRaces(t *testing.T) {
	const src = `package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var b strings.Builder
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("g", i, 2.5, []int{i})
			s := fmt.Sprintf("%d|%v", i, struct{ A int }{i})
			mu.Lock()
			fmt.Fprintf(&b, "%s;", s)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(len(b.String()))
	UNSAFE
}
`
	clean, err := Compile(strings.Replace(src, "UNSAFE", "", 1))
	if err != nil {
		t.Fatal(err)
	}
	res := clean.Explore(ExploreOptions{Strategy: StrategyRandom, Runs: 30, Seed: 1})
	if len(res.Races) != 0 {
		t.Errorf("races reported inside fmt: %+v", res.Races)
	}
	racy, err := Compile(strings.Replace(src, "UNSAFE", `go fmt.Fprint(&b, "x"); fmt.Fprint(&b, "y")`, 1))
	if err != nil {
		t.Fatal(err)
	}
	res = racy.Explore(ExploreOptions{Strategy: StrategyRandom, Runs: 30, Seed: 1})
	if len(res.Races) == 0 {
		t.Errorf("the race on the Builder was not found: %s", res.Verdict)
	}
}
