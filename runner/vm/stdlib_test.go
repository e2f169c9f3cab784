package vm

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"testing"
	"unicode"

	"interleave/runner/std"
)

// notOwned lists packages whose bodiless functions are implemented
// elsewhere in the VM (and checked there).
var notOwned = map[string]bool{
	"fmt": true, "errors": true, "os": true, "sync": true, "sync/atomic": true,
	"time": true,
}

// bodiless lists the SSA names of the functions the stub of path declares
// without a body.
func bodiless(t *testing.T, path string) []string {
	t.Helper()
	im := std.NewImporter(token.NewFileSet(), types.SizesFor("gc", "amd64"))
	if _, err := im.Import(path); err != nil {
		t.Fatalf("import %s: %v", path, err)
	}
	p := im.Packages[path]
	var names []string
	for _, f := range p.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body != nil {
				continue
			}
			obj := p.Info.Defs[fd.Name].(*types.Func)
			sig := obj.Type().(*types.Signature)
			if sig.TypeParams() != nil || (sig.Recv() != nil && sig.RecvTypeParams() != nil) {
				t.Errorf("%s: generic function %s has no body (generic functions cannot be intrinsics)", path, obj.Name())
				continue
			}
			names = append(names, ssaName(obj))
		}
	}
	return names
}

// ssaName is ssa.Function.String() for a package-level function or method.
func ssaName(fn *types.Func) string {
	pkg := fn.Pkg().Path()
	sig := fn.Type().(*types.Signature)
	if recv := sig.Recv(); recv != nil {
		rt := recv.Type()
		ptr := ""
		if p, ok := rt.(*types.Pointer); ok {
			ptr, rt = "*", p.Elem()
		}
		return fmt.Sprintf("(%s%s.%s).%s", ptr, pkg, rt.(*types.Named).Obj().Name(), fn.Name())
	}
	return pkg + "." + fn.Name()
}

// TestStdlibIntrinsics checks that every bodiless function of the stubs
// this file covers has an intrinsic, and that every intrinsic registered
// here names a bodiless function.
func TestStdlibIntrinsics(t *testing.T) {
	declared := map[string]bool{}
	for _, path := range std.Packages() {
		if notOwned[path] {
			continue
		}
		for _, name := range bodiless(t, path) {
			declared[name] = true
			if lookupIntrinsic(name) == nil {
				t.Errorf("%s is declared without a body but has no intrinsic", name)
			}
		}
	}
	for name := range stdlibIntrinsics {
		if !declared[name] {
			t.Errorf("intrinsic %s matches no bodiless stub function", name)
		}
	}
}

// TestUnicodeTables checks that every table the unicode stub declares names
// one of the host's tables.
func TestUnicodeTables(t *testing.T) {
	im := std.NewImporter(token.NewFileSet(), types.SizesFor("gc", "amd64"))
	if _, err := im.Import("unicode"); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range im.Packages["unicode"].Files {
		ast.Inspect(f, func(node ast.Node) bool {
			cl, ok := node.(*ast.CompositeLit)
			if !ok {
				return true
			}
			if id, ok := cl.Type.(*ast.Ident); !ok || id.Name != "RangeTable" {
				return true
			}
			kv := cl.Elts[0].(*ast.KeyValueExpr)
			name := strings.Trim(kv.Value.(*ast.BasicLit).Value, `"`)
			if unicodeTables[name] == nil {
				t.Errorf("unicode table %s is unknown to the host", name)
			}
			n++
			return true
		})
	}
	if n < 200 {
		t.Errorf("only %d unicode tables", n)
	}
	if len(unicodeTables) != len(unicode.Categories)+len(unicode.Scripts)+len(unicode.Properties)+len(unicode.FoldCategory)+len(unicode.FoldScript) {
		t.Errorf("unicode table names collide")
	}
}

// TestStdlibAdapters spot-checks the value conversions of a few adapters.
func TestStdlibAdapters(t *testing.T) {
	call := func(name string, args ...Value) Value {
		t.Helper()
		in := lookupIntrinsic(name)
		if in == nil {
			t.Fatalf("no intrinsic %s", name)
		}
		return in.Fn(&Ctx{}, args)
	}
	if got := call("strings.Index", strVal("chicken"), strVal("ken")); got.Int() != 4 {
		t.Errorf("Index = %d", got.Int())
	}
	if got := call("strings.IndexRune", strVal("héllo"), intVal('l')); got.Int() != 3 {
		t.Errorf("IndexRune = %d", got.Int())
	}
	parts := call("strings.Split", strVal("a,b,c"), strVal(",")).Elems()
	if len(parts) != 3 || cap(parts) != 3 || parts[2].Str() != "c" {
		t.Errorf("Split = %v", parts)
	}
	if got := call("strings.Fields", strVal("  ")); got.R != nil && len(got.Elems()) != 0 {
		t.Errorf("Fields of spaces = %#v", got)
	}
	joined := call("strings.joinFast", Value{R: []Value{strVal("x"), strVal("y")}}, strVal("-")).Elems()
	if joined[0].Str() != "x-y" || !joined[1].Bool() {
		t.Errorf("joinFast = %v", joined)
	}
	// At a visible range site the fast paths decline: Go's own code runs.
	if got := lookupIntrinsic("strings.joinFast").Fn(&Ctx{rangeV: true}, []Value{{R: []Value{strVal("x")}}, strVal("-")}).Elems(); got[1].Bool() {
		t.Errorf("joinFast at a visible site = %v", got)
	}
	if got := lookupIntrinsic("bytes.countFast").Fn(&Ctx{rangeV: true}, []Value{{R: []byte("xx")}, {R: []byte("x")}}).Elems(); got[1].Bool() {
		t.Errorf("countFast at a visible site = %v", got)
	}
	if got := call("bytes.countFast", Value{R: []byte("xx")}, Value{R: []byte("x")}).Elems(); got[0].Int() != 2 || !got[1].Bool() {
		t.Errorf("countFast = %v", got)
	}
	if got := call("internal/bytealg.CompareString", strVal("a"), strVal("b")); got.Int() != -1 {
		t.Errorf("CompareString = %d", got.Int())
	}
	res := call("unicode/utf8.DecodeRune", Value{R: []byte{0xe4, 0xb8, 0x96, 'x', 'y'}}).Elems()
	if res[0].Int() != '世' || res[1].Int() != 3 {
		t.Errorf("DecodeRune = %v", res)
	}
	res = call("unicode/utf8.DecodeLastRune", Value{R: []byte{'a', 'b', 'c', 0xe4, 0xb8, 0x96}}).Elems()
	if res[0].Int() != '世' || res[1].Int() != 3 {
		t.Errorf("DecodeLastRune = %v", res)
	}
	if got := call("math.Float32bits", floatVal(1)); got.N != 0x3f800000 {
		t.Errorf("Float32bits = %#x", got.N)
	}
	if got := call("math.Inf", intVal(-1)); got.Float() > 0 {
		t.Errorf("Inf(-1) = %v", got.Float())
	}
}
