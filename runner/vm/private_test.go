package vm

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ssa"
)

// TestPrivateWrites: which stores and appends private.go finds invisible
// to other goroutines. Every way an array or a new object can reach
// another goroutine (a global, a call, a result, a channel, a closure, an
// element's address, a parameter's array, an interface) keeps its writes
// counted.
func TestPrivateWrites(t *testing.T) {
	const src = `package p

type T struct{ A, B int }

var global []int
var gp *int
var gt *T
var ch chan []int

func use([]int) {}

func privGrow(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	s[0] = 1
	return len(s)
}
func privLit() int      { s := []int{1, 2, 3}; s[1] = 5; return s[1] }
func privMake(n int) int { s := make([]int, 0, 4); s = append(s, n); s = s[:1]; s[0]++; return s[0] }
func privCopy(t []int) int { s := make([]int, len(t)); copy(s, t); return s[0] }
func privStruct() int   { s := make([]T, 2); s[1].A = 3; return s[1].A }
func escGlobal()        { s := make([]int, 4); s[0] = 1; global = s }
func escCall()          { s := make([]int, 4); s[0] = 1; use(s) }
func escReturn() []int  { s := make([]int, 4); s[0] = 1; return s }
func escAddr()          { s := make([]int, 4); p := &s[0]; *p = 1; gp = p }
func escSend()          { s := make([]int, 4); s[0] = 1; ch <- s }
func escClosure() func() int { s := make([]int, 4); s[0] = 1; return func() int { return s[0] } }
func escParam(s []int)  { s = append(s, 1); s[0] = 2 }
func escPhi(t []int, b bool) {
	s := make([]int, 1)
	if b {
		s = t
	}
	s[0] = 1
}
func escIface() { s := make([]int, 4); s[0] = 1; var x any = s; _ = x }
func escAppendInto()    { s := make([]int, 1); s[0] = 1; global = append(global, s...) }
func escGo()            { s := make([]int, 1); s[0] = 1; go use(s) }
func escCopyGlobal(t []int) { copy(global, t) }

func initNew() *int { p := new(int); *p = 3; return p }
func initLit()      { gt = &T{A: 1, B: 2} }
func initAfterPublish() { p := new(int); gp = p; *p = 3 }
func initCaptured() bool {
	found := false
	f := func() { found = true }
	f()
	return found
}
func initTwice() { p := new(int); *p = 1; *p = 2; gp = p; *p = 3 }
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
	tpkg, err := new(types.Config).Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	prog := ssa.NewProgram(fset, ssa.SanityCheckFunctions)
	pkg := prog.CreatePackage(tpkg, []*ast.File{f}, info, false)
	pkg.Build()
	// What each function's stores and appends/copies are, in order:
	// 'l' a frame's own variable or initialising (kLocalStore, kInitStore),
	// 'p' private (kPrivateStore), 'c' counted. An
	// append's varargs array is initialised ('l') before it is sliced.
	want := map[string]string{
		"privGrow":         "l p p",
		"privLit":          "l l l p",
		"privMake":         "l p p",
		"privCopy":         "p",
		"privStruct":       "p",
		"escGlobal":        "c c",
		"escCall":          "c",
		"escReturn":        "c",
		"escAddr":          "c c",
		"escSend":          "c",
		"escClosure":       "l c",
		"escParam":         "l c c",
		"escPhi":           "c",
		"escIface":         "c",
		"escAppendInto":    "p c c",
		"escGo":            "c",
		"escCopyGlobal":    "c",
		"initNew":          "l",
		"initLit":          "l l c",
		"initAfterPublish": "c c",
		"initCaptured":     "l",
		"initCaptured$1":   "c",
		"initTwice":        "l l c c",
	}
	seen := 0
	for _, mem := range pkg.Members {
		fn, ok := mem.(*ssa.Function)
		if !ok {
			continue
		}
		for _, fn := range append([]*ssa.Function{fn}, fn.AnonFuncs...) {
			w, ok := want[fn.Name()]
			if !ok {
				continue
			}
			seen++
			if got := writeKinds(fn); got != w {
				t.Errorf("%s: %q, want %q\n%s", fn.Name(), got, w, dumpFn(fn))
			}
		}
	}
	if seen != len(want) {
		t.Fatalf("checked %d functions of %d", seen, len(want))
	}
}

// writeKinds lists fn's stores and append/copy/clear calls as
// TestPrivateWrites spells them.
func writeKinds(fn *ssa.Function) string {
	priv, inits := privateSlices(fn), initStores(fn)
	out := ""
	add := func(k string) {
		if out != "" {
			out += " "
		}
		out += k
	}
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			switch x := in.(type) {
			case *ssa.Store:
				switch {
				case frameLocal(x.Addr) || inits[x]:
					add("l")
				case privateAddr(x.Addr, priv):
					add("p")
				default:
					add("c")
				}
			case *ssa.Call:
				bi, ok := x.Call.Value.(*ssa.Builtin)
				if !ok {
					continue
				}
				switch bi.Name() {
				case "append":
					add(map[bool]string{true: "p", false: "c"}[priv[x]])
				case "copy", "clear":
					add(map[bool]string{true: "p", false: "c"}[priv[x.Call.Args[0]]])
				}
			}
		}
	}
	return out
}

func dumpFn(fn *ssa.Function) string {
	var b []byte
	for _, bl := range fn.Blocks {
		for _, in := range bl.Instrs {
			if v, ok := in.(ssa.Value); ok {
				b = append(b, (v.Name() + " = " + in.String() + "\n")...)
			} else {
				b = append(b, (in.String() + "\n")...)
			}
		}
	}
	return string(b)
}
