// Package std holds the Go standard library as Interleave supports it: one
// small stub source per package, embedded, type-checked on demand by an
// importer. A stub declares the supported API; functions without bodies are
// implemented as VM intrinsics (see runner/vm), functions with bodies are
// compiled like user code. Anything not declared here is not supported, and
// the importer says so.
//
// std never touches GOROOT: it must work in a browser.
package std

import (
	"embed"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// The stubs live in _src so that the go command does not treat them as
// packages of this module (their bodiless functions are intrinsics).
//
//go:embed all:_src
var srcFS embed.FS

// Package is a type-checked stub package with its syntax, ready for SSA.
type Package struct {
	Types *types.Package
	Files []*ast.File
	Info  *types.Info
}

// Importer type-checks stub packages on demand. It is used by one compilation
// and is not safe for concurrent use.
type Importer struct {
	Fset     *token.FileSet
	Packages map[string]*Package // by import path, in the order of first import
	Order    []string            // import paths, dependencies first
	Sizes    types.Sizes
}

// NewImporter returns an importer adding files to fset.
func NewImporter(fset *token.FileSet, sizes types.Sizes) *Importer {
	return &Importer{Fset: fset, Packages: map[string]*Package{}, Sizes: sizes}
}

// Available lists the import paths of the supported packages.
func Available() []string {
	var out []string
	fs.WalkDir(srcFS, "_src", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".go") {
			dir := path.Dir(strings.TrimPrefix(p, "_src/"))
			if !strings.HasPrefix(dir, "internal") && dir != "runtime" && (len(out) == 0 || out[len(out)-1] != dir) {
				out = append(out, dir)
			}
		}
		return nil
	})
	sort.Strings(out)
	out = compactStrings(out)
	return out
}

func compactStrings(s []string) []string {
	var out []string
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// Import implements types.Importer.
func (im *Importer) Import(importPath string) (*types.Package, error) {
	if p, ok := im.Packages[importPath]; ok {
		if p == nil {
			return nil, fmt.Errorf("import cycle through %q", importPath)
		}
		return p.Types, nil
	}
	dir := "_src/" + importPath
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
			return nil, fmt.Errorf("stub %s: %v", importPath, err)
		}
		files = append(files, f)
	}
	info := NewInfo()
	conf := types.Config{Importer: im, Sizes: im.Sizes, GoVersion: "go1.26"}
	tp, err := conf.Check(importPath, im.Fset, files, info)
	if err != nil {
		return nil, fmt.Errorf("stub %s: %v", importPath, err)
	}
	im.Packages[importPath] = &Package{Types: tp, Files: files, Info: info}
	im.Order = append(im.Order, importPath)
	return tp, nil
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
