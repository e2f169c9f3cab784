package runner

import (
	"regexp"
	"strings"
	"testing"
)

// TestVirtualClockTimes: the VM builds the Times of its clock reads and
// timer ticks in Go's own representation (package time is compiled from
// GOROOT): Now has a monotonic reading that Time.String prints and Sub,
// Since and Until use; times without one (Round(0), Date) go by the wall
// clock with Go's saturation; Now and ticks are in time.Local, which is
// UTC, and follows a program that changes it. What real Go prints for Now
// differs run to run, so the oracle cannot check this.
func TestVirtualClockTimes(t *testing.T) {
	src := `package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println(start)
	wall := start.Round(0)
	fmt.Println(wall, strings.Contains(start.String(), " m=+0.0000"), start.Equal(wall), start == wall)
	time.Sleep(100 * time.Millisecond)
	d := time.Since(start)
	fmt.Println(d >= 100*time.Millisecond, d < 101*time.Millisecond, time.Until(start) <= -d, time.Until(start) > -d-time.Microsecond)
	dw := time.Since(wall)
	fmt.Println(dw-d >= 0, dw-d < time.Microsecond)
	fmt.Println(time.Since(time.Time{}), time.Until(time.Time{}), time.Until(time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(time.Until(start.Add(time.Hour)) > 59*time.Minute, time.Until(wall.Add(time.Hour)) > 59*time.Minute)
	tick := <-time.After(time.Millisecond)
	now := time.Now()
	fmt.Println(strings.Contains(tick.String(), " m=+0.10"), now.Sub(tick) >= 0, now.Sub(tick) < time.Microsecond, tick.Sub(start) > 101*time.Millisecond)
	fmt.Println(time.Local, start.Location() == time.Local, start.Location() == time.UTC, start.Location())
	_, err := time.LoadLocation("Nowhere/Zone")
	berlin, err2 := time.LoadLocation("Europe/Berlin")
	fmt.Println(err, err2, start.In(berlin))
	time.Local = time.FixedZone("X", 3600)
	t2 := time.Now()
	fmt.Println(t2.Location(), strings.Contains(t2.String(), " +0100 X m=+0.10"), t2.Hour())
}
`
	p, err := Compile(src)
	if err != nil {
		t.Fatal(err)
	}
	res := p.Run(Options{Seed: 1})
	if res.ExitCode != 0 {
		t.Fatalf("exit %d: %s", res.ExitCode, res.Stderr)
	}
	lines := strings.Split(strings.TrimSuffix(res.Stdout, "\n"), "\n")
	first := regexp.MustCompile(`^2009-11-10 23:00:00\.(\d{9}) \+0000 UTC m=\+0\.(\d{9})$`)
	m := first.FindStringSubmatch(lines[0])
	if m == nil {
		t.Fatalf("Now prints %q", lines[0])
	}
	// The monotonic reading is the virtual time since the run started plus
	// the 1 ns of Go's startNano; the wall clock started at 23:00:00.
	if wallNs, monoNs := atoi(t, m[1]), atoi(t, m[2]); monoNs != wallNs+1 {
		t.Errorf("wall %d ns after the start, monotonic reading %d ns", wallNs, monoNs)
	}
	want := []string{
		"2009-11-10 23:00:00." + m[1] + " +0000 UTC true true false",
		"true true true true",
		"true true",
		"2562047h47m16.854775807s -2562047h47m16.854775808s 2562047h47m16.854775807s",
		"true true",
		"true true true true",
		"UTC true false UTC",
		"unknown time zone Nowhere/Zone <nil> 2009-11-11 00:00:00." + m[1] + " +0100 CET",
		"X true 0",
	}
	got := lines[1:]
	if len(got) != len(want) {
		t.Fatalf("output:\n%s", res.Stdout)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d: got %q, want %q", i+2, got[i], want[i])
		}
	}
}

func atoi(t *testing.T, s string) int64 {
	t.Helper()
	var n int64
	for _, c := range s {
		n = n*10 + int64(c-'0')
	}
	return n
}
