package vm

import (
	"go/types"
	"testing"
)

// The memoised sizes agree with go/types' gc sizes on every shape.
func TestSizesMatchGoTypes(t *testing.T) {
	gc := types.SizesFor("gc", "amd64")
	field := func(name string, t types.Type) *types.Var { return types.NewField(0, nil, name, t, false) }
	st := func(fs ...types.Type) types.Type {
		var vs []*types.Var
		for i, f := range fs {
			vs = append(vs, field(string(rune('a'+i)), f))
		}
		return types.NewStruct(vs, nil)
	}
	var all []types.Type
	for k := types.Bool; k <= types.UnsafePointer; k++ {
		all = append(all, types.Typ[k])
	}
	base := append([]types.Type(nil), all...)
	for _, b := range base {
		all = append(all, types.NewArray(b, 3), types.NewArray(b, 0), types.NewSlice(b), types.NewPointer(b),
			st(b, types.Typ[types.Int8]), st(types.Typ[types.Int8], b), st(b, types.NewArray(b, 0)), st())
	}
	all = append(all, types.NewInterfaceType(nil, nil), st(types.Typ[types.Int8], st(types.Typ[types.Int16], types.Typ[types.Int8]), types.Typ[types.Int8]))
	var sz sizer
	for _, ty := range all {
		if ty == types.Typ[types.Invalid] {
			continue
		}
		if got, want := sz.size(ty), gc.Sizeof(ty); got != want {
			t.Errorf("size of %v = %d, gc says %d", ty, got, want)
		}
	}
}

// Struct types nested 40 deep, each holding two of the level below: sizes
// and interning do work linear in the number of types (go/types' own
// Sizeof, like an unmemoised walk, would take 2^40 steps and never end).
func TestNestedTypesLinear(t *testing.T) {
	pkg := types.NewPackage("main", "main")
	var level types.Type = types.Typ[types.Int]
	for i := 0; i < 40; i++ {
		st := types.NewStruct([]*types.Var{
			types.NewField(0, pkg, "a", level, false),
			types.NewField(0, pkg, "b", level, false),
		}, nil)
		level = types.NewNamed(types.NewTypeName(0, pkg, "T"+string(rune('A'+i%26))+string(rune('0'+i/26)), nil), st, nil)
	}
	var tt typeTable
	rt := tt.intern(types.NewPointer(level))
	if want := int64(8) << 40; rt.Elem.Size != want {
		t.Errorf("size %d, want %d", rt.Elem.Size, want)
	}
	if tt.sizes.steps > 200 {
		t.Errorf("%d layout steps for 40 nested types; want linear work", tt.sizes.steps)
	}
}
