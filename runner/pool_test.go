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
		r := p.Run(Options{Trace: true, Race: race})
		// As real Go prints it: the first Put fills the P's private slot,
		// which Get takes first; the worker's item is left on the P main
		// then runs on (GOMAXPROCS=2 can rarely print 4 instead).
		want := "false false 3 3\n<nil>\nx <nil>\nworker\n100\n"
		if r.Stdout != want || r.Stderr != "" {
			t.Errorf("race=%v: stdout %q stderr %q, want %q", race, r.Stdout, r.Stderr, want)
		}
		for _, e := range r.Trace {
			if e.Op == "lock" || e.Op == "unlock" {
				t.Errorf("race=%v: the pool or fmt made a visible %s at line %d", race, e.Op, e.Line)
			}
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
