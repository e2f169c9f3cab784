package vm

import (
	"go/token"
	"go/types"
	"slices"
	"testing"

	"golang.org/x/tools/go/ssa"
)

// TestStdIndexTwins: functions outside prog.go that SSA names alike (a
// bound method wrapper is made for each place that takes the method
// value) are numbered by their sites, not in the order the program's map
// yields them; alike ones share IDs, and a view makes a shared site
// visible in each.
func TestStdIndexTwins(t *testing.T) {
	prog := ssa.NewProgram(token.NewFileSet(), 0)
	sig := types.NewSignatureType(nil, nil, nil, nil, nil, false)
	fn := func(name string, code ...Opcode) *Func {
		f := &Func{Name: name, SSA: prog.NewFunction(name, sig, "test"), compiled: true}
		for _, op := range code {
			f.Code = append(f.Code, Instr{Op: op})
		}
		return f
	}
	// Two alike, one with a store where they load, one with more sites,
	// and one whose name sorts first.
	a1 := fn("p.enc$bound", opLoad, opStore)
	a2 := fn("p.enc$bound", opLoad, opStore)
	b := fn("p.enc$bound", opStore, opStore)
	c := fn("p.enc$bound", opLoad, opStore, opLoad)
	d := fn("p.dec", opLoad)
	// d first (by name), then a (a load first), then b, then c.
	want := []int{1, 2, 1, 2, 3, 4, 5, 6, 7, 0}
	for range 20 { // the map yields the functions in another order each time
		p := &Program{funcs: map[*ssa.Function]*Func{}}
		for _, f := range []*Func{a1, a2, b, c, d} {
			p.funcs[f.SSA] = f
		}
		st := p.stdIndex()
		var got []int
		for _, f := range []*Func{a1, a2, b, c, d} {
			for pc := range f.Code {
				got = append(got, p.raceSiteOf(f, int32(pc)))
			}
		}
		if len(st.sites) != 8 || !slices.Equal(got, want) {
			t.Fatalf("%d sites, IDs %v; want 8, %v", len(st.sites), got, want)
		}
		v := p.NewView(false, []int{2})
		for _, f := range []*Func{a1, a2} {
			if cp := v.std[f.SSA]; cp == nil || cp.Code[1].Op != opStoreV || cp.Code[0].Op != opLoad {
				t.Fatalf("site 2 is not visible in each alike function: %v", cp)
			}
		}
		if len(v.std) != 2 {
			t.Fatalf("site 2 made %d functions visible, want 2", len(v.std))
		}
	}
}
