package runner

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"sort"
	"strings"
	"sync"

	"interleave/runner/std"
	"interleave/runner/vm"
)

// The VM serves time.LoadLocation from the std's copy of Go's zone database.
func init() { vm.ZoneSource, vm.FrameSource = std.Zoneinfo, std.Frames }

// Program is a compiled Go program, immutable and safe to run many times.
type Program struct {
	src       string
	vm        *vm.Program
	lockSites []LockSite

	viewMu sync.Mutex
	views  map[string]*vm.View // see Program.view

	dfsMu    sync.Mutex
	dfsForks map[string]*remoteFork // fork searches served as a remote (dfsremote.go)
	dfsWire  map[string]*slotWire   // what the deltas on the wire refer to, per lead slot (dfsremote.go)
}

// MaxSourceBytes bounds the size of a program.
const MaxSourceBytes = 1 << 20

// Compile parses, type-checks and compiles src, a complete main package.
// Errors come back as a *CompileError listing every diagnostic.
func Compile(src string) (p *Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			p, err = nil, &CompileError{Diags: []Diagnostic{{Line: 1, Col: 1, Msg: fmt.Sprintf("internal error: %v (please report this program)", r)}}}
		}
	}()
	if len(src) > MaxSourceBytes {
		return nil, &CompileError{Diags: []Diagnostic{{Line: 1, Col: 1, Msg: fmt.Sprintf("program too large: %d bytes (the limit is %d)", len(src), MaxSourceBytes)}}}
	}
	// The shared file set lets the standard packages be checked once per
	// process; each compilation adds its one file.
	fset := std.FileSet()
	f, err := parser.ParseFile(fset, FileName, src, parser.AllErrors|parser.ParseComments)
	if err != nil {
		return nil, diagsFromError(fset, err)
	}
	file := fset.File(f.Pos())
	var diags []Diagnostic
	at := func(pos token.Pos, msg string) {
		p := fset.Position(pos)
		diags = append(diags, Diagnostic{Line: p.Line, Col: p.Column, Msg: msg})
	}
	if f.Name.Name != "main" {
		at(f.Name.Pos(), fmt.Sprintf("package %s is not a main package: Interleave runs package main", f.Name.Name))
		return nil, &CompileError{Diags: diags}
	}
	if err := std.Check(); err != nil {
		return nil, &CompileError{Diags: []Diagnostic{{Line: 1, Col: 1, Msg: "internal error: " + err.Error()}}}
	}
	available := std.Available()
	for _, imp := range f.Imports {
		path := strings.Trim(imp.Path.Value, `"`)
		if why := std.Why(path); why != "" {
			at(imp.Path.Pos(), fmt.Sprintf("package %s is not available in Interleave: %s", path, why))
		} else if !contains(available, path) {
			at(imp.Path.Pos(), fmt.Sprintf("package %s is not supported by Interleave (available: %s)", path, strings.Join(available, ", ")))
		}
	}
	if len(diags) > 0 {
		return nil, &CompileError{Diags: diags}
	}
	sizes := types.SizesFor("gc", "amd64")
	im := std.NewImporter(fset, sizes)
	// The VM raises runtime errors with types from the runtime stub.
	if _, err := im.Import("runtime"); err != nil {
		return nil, &CompileError{Diags: []Diagnostic{{Line: 1, Col: 1, Msg: "internal error: " + err.Error()}}}
	}
	info := std.NewInfo()
	conf := types.Config{
		Importer:  im,
		Sizes:     sizes,
		GoVersion: "go1.26",
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				at(te.Pos, explainTypeError(te.Msg, im))
			}
		},
	}
	tpkg, _ := conf.Check("main", fset, []*ast.File{f}, info)
	if len(diags) > 0 {
		return nil, &CompileError{Diags: dedupe(diags)}
	}
	if tpkg.Scope().Lookup("main") == nil {
		return nil, &CompileError{Diags: []Diagnostic{{Line: 1, Col: 1, Msg: "function main is undeclared in the main package"}}}
	}

	// gc's evaluation order within a statement (order.go in this package).
	orderFile(f, info, tpkg)

	img, mainPkg, done := addMain(im, tpkg, []*ast.File{f}, info)
	defer done() // also when a panic is recovered above
	vp, errs := vm.BuildShared(img.code, img.prog, mainPkg, file, []*ast.File{f})
	for _, e := range errs {
		at(e.Pos, e.Msg)
	}
	if len(diags) > 0 {
		return nil, &CompileError{Diags: diags}
	}
	p = &Program{src: src, vm: vp}
	for _, s := range vp.LockSites {
		start, end := fset.Position(s.Pos), fset.Position(s.End)
		p.lockSites = append(p.lockSites, LockSite{
			ID: s.ID, Line: start.Line, Col: start.Column, EndCol: end.Column,
			Op: s.Op, Recv: s.Recv, Deferred: s.Deferred, Pair: s.Pair,
		})
	}
	return p, nil
}

// LockSites lists the program's lock call sites in source order.
func (p *Program) LockSites() []LockSite { return p.lockSites }

// Source is the program's source text.
func (p *Program) Source() string { return p.src }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// explainTypeError adds what Interleave supports to an error about a
// missing member of a standard package ("undefined: strings.Foo"), which in
// real Go would exist but is outside Interleave's subset.
func explainTypeError(msg string, im *std.Importer) string {
	rest, ok := strings.CutPrefix(msg, "undefined: ")
	if !ok {
		return msg
	}
	pkgName, member, ok := strings.Cut(rest, ".")
	if !ok || strings.ContainsAny(member, ". ") {
		return msg
	}
	for path, sp := range im.Packages {
		if sp == nil || sp.Types.Name() != pkgName || path == "runtime" {
			continue
		}
		var names []string
		for _, n := range sp.Types.Scope().Names() {
			if token.IsExported(n) {
				names = append(names, n)
			}
		}
		return fmt.Sprintf("%s (not supported by Interleave; its %s has: %s)", msg, path, strings.Join(names, ", "))
	}
	return msg
}

func diagsFromError(fset *token.FileSet, err error) *CompileError {
	var list scanner.ErrorList
	if errors.As(err, &list) {
		ce := &CompileError{}
		for _, e := range list {
			ce.Diags = append(ce.Diags, Diagnostic{Line: e.Pos.Line, Col: e.Pos.Column, Msg: e.Msg})
		}
		return ce
	}
	return &CompileError{Diags: []Diagnostic{{Line: 1, Col: 1, Msg: err.Error()}}}
}

func dedupe(d []Diagnostic) []Diagnostic {
	sort.SliceStable(d, func(i, j int) bool {
		if d[i].Line != d[j].Line {
			return d[i].Line < d[j].Line
		}
		return d[i].Col < d[j].Col
	})
	var out []Diagnostic
	for i, x := range d {
		if i == 0 || x != d[i-1] {
			out = append(out, x)
		}
	}
	return out
}
