package runner

import (
	"go/ast"
	"go/types"
	"runtime"
	"sync"

	"golang.org/x/tools/go/ssa"

	"interleave/runner/std"
	"interleave/runner/vm"
)

// The std image: the standard library in SSA form and compiled to bytecode
// (vm.Image), shared by every compilation in the process. A compile used to build the SSA of every
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
	code     *vm.Image               // the std's bytecode, built lazily too
	pkgs     map[string]*ssa.Package // created standard packages by path
	compiles int                     // main packages added so far
}

// imageCompiles bounds the main packages one image accumulates.
const imageCompiles = 200

// buildSlots limits the standard packages built at once to the CPUs.
var buildSlots = make(chan struct{}, runtime.GOMAXPROCS(0))

// shared is the process's image. ssa.Program.CreatePackage writes maps that
// building reads, so creating packages excludes building: compiles create
// under mu's write lock and build (SSA, then bytecode) under its read lock.
var shared struct {
	mu  sync.RWMutex
	img *image // under mu's write lock
}

// addMain adds a type-checked main package to the shared image, with every
// standard package it imports, and builds what is not built yet: the main
// package always, each standard package the first time it is needed. im
// must be an importer on std.FileSet(), so that the image's packages are
// the ones the main package was checked against. It returns holding the
// image's read lock, for compiling the SSA to bytecode: the caller calls
// done when it has finished reading the SSA program.
func addMain(im *std.Importer, tpkg *types.Package, files []*ast.File, info *types.Info) (img *image, mainPkg *ssa.Package, done func()) {
	img, deps, mainPkg := create(im, tpkg, files, info)
	// Another compile may create its packages here: this one's are
	// created, and nothing reads the program until the read lock is held.
	shared.mu.RLock()
	defer func() {
		if r := recover(); r != nil {
			shared.mu.RUnlock() // Compile reports the panic
			panic(r)
		}
	}()

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
	return img, mainPkg, shared.mu.RUnlock
}

// create creates the SSA packages of a compile, under the write lock.
func create(im *std.Importer, tpkg *types.Package, files []*ast.File, info *types.Info) (*image, []*ssa.Package, *ssa.Package) {
	shared.mu.Lock()
	defer shared.mu.Unlock()
	img := shared.img
	if img == nil || img.compiles >= imageCompiles {
		// Bare initialisers (no guard, no calls to the imports'): the VM
		// calls each package's in dependency order itself, and a run
		// that starts from the std template calls only those it must.
		prog := ssa.NewProgram(im.Fset, ssa.InstantiateGenerics|ssa.BareInits)
		// Go's std imports unsafe; SSA wants every imported package
		// created, and an Info (with no files) gives unsafe an init with
		// a body.
		prog.CreatePackage(types.Unsafe, nil, std.NewInfo(), true).Build()
		img = &image{prog: prog, code: vm.NewImage(), pkgs: map[string]*ssa.Package{}}
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
	return img, deps, img.prog.CreatePackage(tpkg, files, info, false)
}
