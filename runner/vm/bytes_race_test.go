package vm_test

import (
	"encoding/json"
	"strings"
	"testing"

	"interleave/runner"
	"interleave/runner/vm"
)

// compactBytesProg accesses byte elements one at a time in the ways the
// race detector keeps without a shadow (a goroutine's first access, its
// repeated or stronger ones) and in the ways it does not (another
// goroutine's access, ordered or racing; a read after a write; range
// accesses over bytes accessed singly), with bytes shared under a mutex,
// by a channel, and racing.
const compactBytesProg = `package main

import (
	"fmt"
	"sync"
)

var (
	mu   sync.Mutex
	buf  = make([]byte, 200)
	flag [8]byte
)

func main() {
	own := make([]byte, 130)
	for i := range own {
		own[i] = byte(i)
	}
	x := own[5] + own[70]
	ch := make(chan []byte)
	var wg sync.WaitGroup
	wg.Add(3)
	go func() {
		defer wg.Done()
		b := <-ch
		b[5]++
		b[129] = b[0]
		_ = string(b[60:80])
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 100; i++ {
			mu.Lock()
			buf[i] = byte(i)
			mu.Unlock()
		}
	}()
	go func() {
		defer wg.Done()
		for i := 99; i >= 0; i-- {
			mu.Lock()
			buf[i] += 2
			mu.Unlock()
		}
		flag[3] = 1
	}()
	ch <- own
	copy(buf[150:], own[:20])
	flag[3] = 2
	wg.Wait()
	fmt.Println(x, buf[10], flag[3], own[129])
}
`

// TestCompactByteAccessSameReports runs compactBytesProg with the race
// detector with and without compact single-byte accesses (plainByte,
// ownerByte) and requires the same runs: reports, outputs, and an
// exploration's race findings and protection verdicts (the guards).
func TestCompactByteAccessSameReports(t *testing.T) {
	p, err := runner.Compile(compactBytesProg)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { *vm.CompactByteAccess = true }()
	runs := func(compact bool) (out []string) {
		*vm.CompactByteAccess = compact
		for seed := int64(1); seed <= 30; seed++ {
			r := p.Run(runner.Options{Seed: seed, Race: true})
			out = append(out, r.Stdout+"|"+r.Stderr)
		}
		res := p.Explore(runner.ExploreOptions{Strategy: runner.StrategyRandom, Seed: 1, Runs: 40, Workers: 1})
		res.ElapsedMS, res.FoundUS, res.SchedulesPerSec = 0, 0, 0
		b, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		return append(out, string(b))
	}
	with, without := runs(true), runs(false)
	races := 0
	for i := range with {
		if with[i] != without[i] {
			t.Fatalf("run %d differs:\ncompact:\n%s\nshadows:\n%s", i, with[i], without[i])
		}
	}
	for _, s := range with[:30] {
		if strings.Contains(s, "WARNING: DATA RACE") {
			races++
		}
	}
	if races == 0 {
		t.Errorf("no run reported a race: the program no longer tests reports")
	}
	if ex := with[30]; !strings.Contains(ex, "accesses to `buf[i]` from different goroutines were ordered by a WaitGroup and a mutex") {
		t.Errorf("the exploration says nothing of the bytes shared under the mutex: %s", ex)
	}
}
