// Package std holds the Go standard library as Interleave runs it: Go's own
// sources from the toolchain that built Interleave, merged with the
// project's override files (_overlay) by runner/std/gen at build time into
// _gen, embedded here and type-checked on demand by an importer. Functions
// without bodies are VM intrinsics (see runner/vm); everything else is
// compiled like user code. A package outside the supported set is a clear
// compile error.
//
// std never reads GOROOT at run time: it must work in a browser.
package std

import (
	"embed"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"strconv"
	"strings"
	"sync"
)

// The merged sources live in _gen, which the go command does not treat as
// packages of this module (their bodiless functions are intrinsics). Only
// _gen/.keep is committed, so that this embeds before the first gen run.
//
//go:embed all:_gen
var srcFS embed.FS

// errNotGenerated explains an empty _gen.
var errNotGenerated = errors.New("runner/std: the standard library has not been generated: run `make std` (go run ./runner/std/gen) and build again")

// generated reports whether gen has filled _gen.
func generated() bool {
	_, err := fs.Stat(srcFS, "_gen/packages.txt")
	return err == nil
}

// Package is a type-checked standard package with its syntax, ready for SSA.
type Package struct {
	Types *types.Package
	Files []*ast.File
	Info  *types.Info
}

// Importer type-checks standard packages on demand. It is used by one compilation
// and is not safe for concurrent use.
type Importer struct {
	Fset     *token.FileSet
	Packages map[string]*Package // by import path, in the order of first import
	Order    []string            // import paths, dependencies first
	Sizes    types.Sizes
	depth    int // nesting of Import calls, for the shared lock
}

// NewImporter returns an importer adding files to fset. Importers on
// FileSet() share the packages they check (Sizes must then be gc's amd64).
func NewImporter(fset *token.FileSet, sizes types.Sizes) *Importer {
	return &Importer{Fset: fset, Packages: map[string]*Package{}, Sizes: sizes}
}

// Available lists the import paths of the packages user programs may
// import, as gen's index names them; nil before gen has run.
func Available() []string {
	data, err := srcFS.ReadFile("_gen/packages.txt")
	if err != nil {
		return nil
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// Zoneinfo returns Go's time zone database as gen copied it from GOROOT
// (lib/time/zoneinfo.zip, an uncompressed zip of TZif files), or nil
// before gen has run.
func Zoneinfo() []byte {
	b, err := srcFS.ReadFile("_gen/zoneinfo.zip")
	if err != nil {
		return nil
	}
	return b
}

// Frames returns the traceback frames Go shows where the VM runs an
// intrinsic instead of GOROOT's code, with GOROOT's lines, as gen wrote
// them (runner/std/gen/frames.go); nil before gen has run.
func Frames() []byte {
	b, err := srcFS.ReadFile("_gen/frames.txt")
	if err != nil {
		return nil
	}
	return b
}

// Why says why a package that real Go has cannot be imported in the
// playground, or "" when there is no particular reason (it is merely not
// supported yet).
func Why(importPath string) string {
	switch {
	case importPath == "net/url" || importPath == "net/netip": // parsing only, no network
		return ""
	case importPath == "net" || strings.HasPrefix(importPath, "net/") || importPath == "crypto/tls":
		return "a playground program has no network"
	case importPath == "os/exec":
		return "a playground program cannot start processes"
	case importPath == "os/signal":
		return "a playground program receives no signals"
	case importPath == "syscall" || strings.HasPrefix(importPath, "golang.org/x/sys/"):
		return "a playground program makes no system calls"
	case importPath == "unsafe":
		return "the interpreter has no raw memory: values are not laid out in bytes"
	case importPath == "C":
		return "cgo: a playground program has no C code"
	case importPath == "plugin":
		return "a playground program loads no plugins"
	}
	return ""
}

// Packages lists every generated package, those user programs may import
// and what they import.
func Packages() []string {
	var out []string
	fs.WalkDir(srcFS, "_gen", func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && p != "_gen" {
			if files, _ := fs.Glob(srcFS, p+"/*.go"); len(files) > 0 {
				out = append(out, strings.TrimPrefix(p, "_gen/"))
			}
		}
		return nil
	})
	return out
}

// Check reports whether the standard library was generated, and from the
// sources this binary was built with, with the error that says what to do.
func Check() error {
	if !generated() {
		return errNotGenerated
	}
	return stale()
}

// shared holds the packages checked on the shared FileSet, for every
// importer that uses it: a standard package is parsed and type-checked
// once per process, not once per compilation. One lock covers a whole
// import tree, so that a package and its importers always agree on the
// identity of what they import.
var shared struct {
	mu   sync.Mutex
	fset *token.FileSet
	pkgs map[string]*Package
}

func init() {
	shared.fset = token.NewFileSet()
	shared.pkgs = map[string]*Package{}
}

// FileSet is the file set whose importers share type-checked packages.
// Compilations that use it add their own files to it.
func FileSet() *token.FileSet { return shared.fset }

// Import implements types.Importer.
func (im *Importer) Import(importPath string) (*types.Package, error) {
	if importPath == "unsafe" {
		return types.Unsafe, nil
	}
	if p, ok := im.Packages[importPath]; ok {
		if p == nil {
			return nil, fmt.Errorf("import cycle through %q", importPath)
		}
		return p.Types, nil
	}
	if im.Fset != shared.fset {
		return im.check(importPath)
	}
	if im.depth == 0 {
		shared.mu.Lock()
		defer shared.mu.Unlock()
	}
	im.depth++
	defer func() { im.depth-- }()
	if p := shared.pkgs[importPath]; p != nil {
		im.adopt(importPath, p)
		return p.Types, nil
	}
	tp, err := im.check(importPath)
	if err == nil {
		shared.pkgs[importPath] = im.Packages[importPath]
	}
	return tp, err
}

// adopt records a shared package and, dependencies first, what it imports.
func (im *Importer) adopt(importPath string, p *Package) {
	if _, ok := im.Packages[importPath]; ok {
		return
	}
	for _, dep := range p.Types.Imports() {
		if dep != types.Unsafe {
			im.adopt(dep.Path(), shared.pkgs[dep.Path()])
		}
	}
	im.Packages[importPath] = p
	im.Order = append(im.Order, importPath)
}

// check parses and type-checks one package.
func (im *Importer) check(importPath string) (*types.Package, error) {
	if err := Check(); err != nil {
		return nil, err
	}
	dir := "_gen/" + importPath
	entries, err := fs.ReadDir(srcFS, dir)
	if err != nil || importPath == "" {
		return nil, fmt.Errorf("package %s is not supported by Interleave (available: %s)", importPath, strings.Join(Available(), ", "))
	}
	im.Packages[importPath] = nil
	var files []*ast.File
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		data, err := srcFS.ReadFile(dir + "/" + e.Name())
		if err != nil {
			return nil, err
		}
		f, err := parser.ParseFile(im.Fset, "$std/"+importPath+"/"+e.Name(), data, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, fmt.Errorf("std %s: %v", importPath, err)
		}
		sourceLines(im.Fset.File(f.Pos()), f)
		files = append(files, f)
	}
	info := NewInfo()
	conf := types.Config{Importer: im, Sizes: im.Sizes, GoVersion: "go1.26"}
	tp, err := conf.Check(importPath, im.Fset, files, info)
	if err != nil {
		return nil, fmt.Errorf("std %s: %v", importPath, err)
	}
	im.Packages[importPath] = &Package{Types: tp, Files: files, Info: info}
	im.Order = append(im.Order, importPath)
	return tp, nil
}

// sourceLines makes the positions of a generated file those of the source
// it came from, as gen wrote them down: its first line names the source
// (a GOROOT file, a module's, or an override), whose line numbers gen kept,
// and "//std:line GEN FILE:LINE" comments at its end move the lines from
// GEN on (an override's line standing for GOROOT's). A traceback then
// names $GOROOT/src/sync/once.go:69 as Go's does.
func sourceLines(tf *token.File, f *ast.File) {
	if len(f.Comments) == 0 {
		return
	}
	header := f.Comments[0].List[0].Text
	origin, ok1 := strings.CutPrefix(header, "// Code generated by runner/std/gen from ")
	origin, ok2 := strings.CutSuffix(origin, ". DO NOT EDIT.")
	if !ok1 || !ok2 {
		return
	}
	tf.AddLineColumnInfo(0, origin, 1, 1)
	for _, cg := range f.Comments[1:] {
		for _, c := range cg.List {
			rest, ok := strings.CutPrefix(c.Text, "//std:line ")
			if !ok {
				continue
			}
			gen, at, _ := strings.Cut(rest, " ")
			i := strings.LastIndexByte(at, ':')
			g, err1 := strconv.Atoi(gen)
			n, err2 := strconv.Atoi(at[i+1:])
			if i < 0 || err1 != nil || err2 != nil || g < 1 || g > tf.LineCount() {
				continue
			}
			tf.AddLineColumnInfo(tf.Offset(tf.LineStart(g)), at[:i], n, 1)
		}
	}
}

// NewInfo returns a types.Info with every map SSA needs.
func NewInfo() *types.Info {
	return &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
}
