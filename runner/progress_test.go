package runner

import "testing"

// A long run reports its progress: instructions, goroutines alive and the
// virtual clock, as they grow.
func TestRunProgress(t *testing.T) {
	p, err := Compile(`package main

import "time"

func main() {
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() { <-done }()
	}
	time.Sleep(time.Second)
	x := 0
	for i := 0; i < 5000000; i++ {
		x += i
	}
	println(x)
	close(done)
}`)
	if err != nil {
		t.Fatal(err)
	}
	var reports []RunProgress
	res := p.Run(Options{Seed: 1, Progress: func(r RunProgress) { reports = append(reports, r) }})
	if res.Outcome.Kind != OutcomeOK {
		t.Fatalf("outcome %v: %s", res.Outcome, res.Stderr)
	}
	if len(reports) == 0 {
		t.Fatal("no progress reported for a run of millions of instructions")
	}
	r := reports[0]
	if r.Steps <= 0 || r.Steps > res.Steps || r.Goroutines != 4 || r.VirtualNS < 1e9 {
		t.Errorf("first report %+v, want steps in (0, %d], 4 goroutines alive, the clock past 1s", r, res.Steps)
	}
}
