package runner

import (
	"strings"
	"testing"
)

// TestIntrinsicsReadCellByCell: the host fast paths of functions Go writes
// in Go, reading a slice a cell at a time (strings.Join, bytes' searches),
// decline at a call race-directed exploration made visible, so a
// goroutine's two stores can land between Go's reads of two cells. Each
// program's torn result is one no single read of the whole slice gives (the
// goroutine's first store is read as not yet made, its second as made);
// exploration must reach it.
func TestIntrinsicsReadCellByCell(t *testing.T) {
	cases := []struct {
		name, first, second, call, torn string
	}{
		{"Join", `s[0] = "x"`, `s[2] = "z"`, `strings.Join(s, ",")`, "a,b,z"},
		{"IndexAny", `b[0] = 'x'`, `b[6] = 'y'`, `bytes.IndexAny(b[:7], "xy")`, "6"},
		{"LastIndexAny", `b[6] = 'x'`, `b[0] = 'y'`, `bytes.LastIndexAny(b[:7], "xy")`, "0"},
		{"LastIndexByte", `b[6] = 'x'`, `b[0] = 'x'`, `bytes.LastIndexByte(b[:7], 'x')`, "0"},
		{"Count", `b[0] = 'x'`, `b[7] = '.'`, `bytes.Count(b, []byte("x"))`, "0"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := `package main

import (
	"bytes"
	"fmt"
	"strings"
)

var _ = bytes.Count
var _ = strings.Join

func main() {
	s := []string{"a", "b", "c"}
	b := []byte(".......x")
	_, _ = s, b
	done := make(chan bool)
	go func() {
		` + c.first + `
		` + c.second + `
		done <- true
	}()
	r := ` + c.call + `
	<-done
	fmt.Println(r)
}
`
			p, err := Compile(src)
			if err != nil {
				t.Fatal(err)
			}
			knobs, err := parseKnobs("")
			if err != nil {
				t.Fatal(err)
			}
			r := exploreOutcomes(p, knobs)
			var got []string
			for k := range r.by {
				if k.Stdout == c.torn+"\n" {
					return
				}
				got = append(got, strings.TrimSpace(k.Stdout))
			}
			t.Errorf("never reached %q, only %q", c.torn, got)
		})
	}
}
