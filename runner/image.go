package runner

import (
	"go/ast"
	"go/types"
	"runtime"
	"sync"

	"golang.org/x/tools/go/ssa"

	"interleave/runner/std"
)

// The std image: the standard library in SSA form, shared by every
// compilation in the process. A compile used to build the SSA of every
// function of every standard package it imported (ssa.Program.Build), which
// made a hello world cost as much as its whole import tree; now each
// standard package is created and built once, lazily, the first time some
// program imports it, and later compiles add only their main package.
//
// Package-level variables are not part of the image: the VM keeps them in
// each run's Machine, so programs sharing the image share code, never state.
//
// One ssa.Program accumulates what each main package adds to it (the main
// package itself, instantiations and wrappers over its types, their method
// sets). That is a few kilobytes per compile, but a worker or a test binary
// compiles thousands of programs, so the image is replaced by a fresh one
// after imageCompiles compiles: old programs keep theirs alive as long as
// they are used.
type image struct {
	prog     *ssa.Program
	pkgs     map[string]*ssa.Package // created standard packages by path
	compiles int                     // main packages added so far
}

// imageCompiles bounds the main packages one image accumulates.
const imageCompiles = 200

// buildSlots limits the standard packages built at once to the CPUs.
var buildSlots = make(chan struct{}, runtime.GOMAXPROCS(0))

var shared struct {
	mu  sync.Mutex // guards img and its ssa.Program's CreatePackage
	img *image
}

// addMain adds a type-checked main package to the shared image, with every
// standard package it imports, and builds what is not built yet: the main
// package always, each standard package the first time it is needed. im
// must be an importer on std.FileSet(), so that the image's packages are
// the ones the main package was checked against.
func addMain(im *std.Importer, tpkg *types.Package, files []*ast.File, info *types.Info) (*ssa.Program, *ssa.Package) {
	shared.mu.Lock()
	img := shared.img
	if img == nil || img.compiles >= imageCompiles {
		prog := ssa.NewProgram(im.Fset, ssa.InstantiateGenerics)
		// Go's std imports unsafe; SSA wants every imported package
		// created, and an Info (with no files) gives unsafe an init with
		// a body.
		prog.CreatePackage(types.Unsafe, nil, std.NewInfo(), true).Build()
		img = &image{prog: prog, pkgs: map[string]*ssa.Package{}}
		shared.img = img
	}
	img.compiles++
	var deps []*ssa.Package
	for _, path := range im.Order {
		pkg := img.pkgs[path]
		if pkg == nil {
			sp := im.Packages[path]
			pkg = img.prog.CreatePackage(sp.Types, sp.Files, sp.Info, true)
			img.pkgs[path] = pkg
		}
		deps = append(deps, pkg)
	}
	mainPkg := img.prog.CreatePackage(tpkg, files, info, false)
	shared.mu.Unlock()

	// Building is thread-safe and happens once per package: concurrent
	// compiles that need the same standard package wait for one build.
	// Packages build in parallel (each needs its imports created, not
	// built), as ssa.Program.Build would.
	var wg sync.WaitGroup
	for _, pkg := range deps {
		wg.Go(func() {
			buildSlots <- struct{}{}
			pkg.Build()
			<-buildSlots
		})
	}
	wg.Wait()
	mainPkg.Build()
	return img.prog, mainPkg
}
