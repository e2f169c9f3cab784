package runner

import (
	"strings"
	"testing"
)

// TestListedAppendKeepsSiteIDs: library code's append(s, x) leaves its
// varargs array out (vm's listed appends), and the store into that array,
// no longer in the code, keeps its place among the library's access sites
// under a pc below 0, so the IDs of the sites after it are what they were.
// strings.(*Builder).WriteByte has four, in its SSA order: the load of
// b.buf, the array's store, the append, the store of b.buf.
func TestListedAppendKeepsSiteIDs(t *testing.T) {
	p, err := Compile(`package main

import "strings"

func main() {
	var b strings.Builder
	b.WriteByte('x')
	b.WriteString("yz")
	println(b.String())
}
`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, k := range p.vm.StdSiteKeys() {
		if name, _, _ := strings.Cut(k, "@"); name == "(*strings.Builder).WriteByte" || name == "strings.(*Builder).WriteByte" {
			got = append(got, k)
		}
	}
	if len(got) != 4 || !strings.HasSuffix(got[1], "@-1") {
		t.Errorf("WriteByte's library sites: %q, want four, the second at pc -1", got)
	}
	if r := p.Run(Options{Seed: 1}); r.Stderr != "xyz\n" {
		t.Errorf("printed %q", r.Stderr)
	}
}
