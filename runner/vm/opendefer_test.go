package vm

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ssa"
)

// TestOpenDeferOK: a defer statement is open-coded (Func.openDefer) only
// when it is its function's one defer, runs at most once a call and
// pushes onto its own frame; the rest keep a deferRec each.
func TestOpenDeferOK(t *testing.T) {
	const src = `package p

func done() {}
func use(int) {}

func plain() { defer done() }

func afterLoop(n int) {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	defer use(s)
	for i := 0; i < n; i++ {
		s -= i
	}
	use(s)
}

func branch(c bool) {
	if c {
		defer done()
	}
}

func two() {
	defer done()
	defer done()
}

func inLoop(n int) {
	for i := 0; i < n; i++ {
		defer use(i)
	}
}

func breakOut(n int) {
	for i := 0; ; i++ {
		if i == n {
			defer use(i)
			break
		}
	}
}

func gotoBack(n int) {
again:
	if n > 0 {
		defer use(n)
		n--
		goto again
	}
}

func seq(yield func(int) bool) { yield(1) }

func rangeFunc() {
	defer done()
	for x := range seq {
		defer use(x)
	}
}

func closureDefer() {
	f := func() { defer done() }
	f()
}
`
	want := map[string]bool{
		"plain":          true,
		"afterLoop":      true,
		"branch":         true,
		"two":            false,
		"inLoop":         false,
		"breakOut":       true,
		"gotoBack":       false,
		"rangeFunc":      false,
		"rangeFunc$1":    false, // pushes onto rangeFunc's frame
		"closureDefer$1": true,
	}
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
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Instances:    map[*ast.Ident]types.Instance{},
		FileVersions: map[*ast.File]string{},
	}
	tpkg, err := (&types.Config{GoVersion: "go1.23"}).Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	prog := ssa.NewProgram(fset, ssa.InstantiateGenerics)
	pkg := prog.CreatePackage(tpkg, []*ast.File{f}, info, true)
	pkg.Build()
	got := map[string]bool{}
	var visit func(fn *ssa.Function)
	visit = func(fn *ssa.Function) {
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				if d, ok := in.(*ssa.Defer); ok {
					if _, dup := got[fn.Name()]; dup && got[fn.Name()] != openDeferOK(d) {
						t.Errorf("%s: its defers disagree", fn.Name())
					}
					got[fn.Name()] = openDeferOK(d)
				}
			}
		}
		for _, af := range fn.AnonFuncs {
			visit(af)
		}
	}
	for _, m := range pkg.Members {
		if fn, ok := m.(*ssa.Function); ok {
			visit(fn)
		}
	}
	for name, w := range want {
		g, ok := got[name]
		if !ok {
			t.Errorf("%s: no defer found", name)
		} else if g != w {
			t.Errorf("%s: open-coded %v, want %v", name, g, w)
		}
	}
}
