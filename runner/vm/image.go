package vm

import (
	"fmt"
	"go/types"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/ssa"
)

// Image is the standard library's compiled code, shared by every Program
// built from one ssa.Program (runner/image.go keeps one per process): a
// standard function is compiled to bytecode the first time a program
// reaches it, and later programs reuse it, so compiling a program costs
// its own code, not the size of what it imports.
//
// What the image shares is immutable once compiled: functions, interned
// types and the slot of each standard package-level variable. The values
// of those variables are not in it: each run's Machine has its own (and
// the std template, Program.stdTemplate, is per Program).
//
// A function belongs to the image unless it depends on the program: the
// main package's functions, and instantiations, wrappers and closures that
// mention one of its types (shareable). Those are compiled for each
// program alone, like its globals, which take slots after the image's.
//
// Building holds the image's lock; running does not touch the image
// except to read what is compiled.
type Image struct {
	mu          sync.Mutex
	types       typeTable
	funcs       map[*ssa.Function]*Func
	globals     map[*ssa.Global]int32
	globalTypes []*Type

	tmu       sync.Mutex
	templates map[string][]Value // std globals after their initialisers, by package set and arguments
}

// NewImage returns an empty image.
func NewImage() *Image {
	return &Image{funcs: map[*ssa.Function]*Func{}, globals: map[*ssa.Global]int32{}, templates: map[string][]Value{}}
}

// stdGlobals returns the globals of p's standard packages as their
// initialisers leave them for the program arguments args, or nil if they
// do not run to completion on their own. Programs importing the same
// standard packages share the result: the initialisers are the image's
// (the same code), deterministic, and see nothing of the program; the
// values are only read (copied into each run, see Program.stdTemplate).
func (img *Image) stdGlobals(p *Program, args []string) []Value {
	inits := p.Inits[:max(len(p.Inits)-1, 0)]
	var key strings.Builder
	for _, a := range args {
		key.WriteString(a)
		key.WriteByte(0)
	}
	for _, f := range inits {
		fmt.Fprintf(&key, "\x01%p", f)
	}
	img.tmu.Lock()
	defer img.tmu.Unlock()
	if g, ok := img.templates[key.String()]; ok {
		return g
	}
	globals := p.zeroGlobals()
	if !p.runInits(globals, args, inits) {
		globals = nil
	}
	img.templates[key.String()] = globals
	return globals
}

// global returns the slot of a standard package-level variable.
func (img *Image) global(g *ssa.Global) int32 {
	if idx, ok := img.globals[g]; ok {
		return idx
	}
	idx := int32(len(img.globalTypes))
	img.globals[g] = idx
	img.globalTypes = append(img.globalTypes, img.types.intern(g.Type().(*types.Pointer).Elem()))
	return idx
}

// layoutGlobals gives the program its slots: the image's for the standard
// packages it imports, then its own variables'. The image cannot grow while
// the program is built (the lock is held and every variable is laid out
// before compiling), so those slots stay the program's.
func (p *Program) layoutGlobals() {
	base := int32(len(p.img.globalTypes))
	p.globalTypes = make([]*Type, int(base)+len(p.userGlobals))
	for _, idx := range p.globals {
		p.globalTypes[idx] = p.img.globalTypes[idx]
		p.slots = append(p.slots, idx)
	}
	for k, g := range p.userGlobals {
		p.globals[g] = base + int32(k)
		p.globalTypes[base+int32(k)] = p.types.intern(g.Type().(*types.Pointer).Elem())
		p.slots = append(p.slots, base+int32(k))
	}
	slices.Sort(p.slots)
}

// zeroGlobals returns the program's globals at their zero values; the
// slots of other programs' packages stay empty.
func (p *Program) zeroGlobals() []Value {
	globals := make([]Value, len(p.globalTypes))
	for _, i := range p.slots {
		globals[i] = p.globalTypes[i].Zero()
	}
	return globals
}

// ref records that the shared function being compiled reaches f, so that a
// program adopting the compiled function later adopts f too.
func (p *Program) ref(f *Func) {
	if p.cur != nil && p.cur != f {
		p.cur.refs = append(p.cur.refs, f)
	}
}

// reach adds f, compiled already, and everything it reaches to the
// program's functions: the template's analysis (template.go) and the
// compile errors need the whole program.
func (p *Program) reach(f *Func) {
	p.ref(f)
	if f.SSA == nil {
		return
	}
	if _, ok := p.funcs[f.SSA]; ok {
		return
	}
	stack := []*Func{f}
	p.funcs[f.SSA] = f
	var adopted []*Func
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		adopted = append(adopted, f)
		if f.err != nil {
			p.errs = append(p.errs, *f.err)
		}
		for _, r := range f.refs {
			if _, ok := p.funcs[r.SSA]; !ok {
				p.funcs[r.SSA] = r
				stack = append(stack, r)
			}
		}
	}
	// The methods of the types they convert to interfaces, as compiling
	// them here would add: f.refs holds only those the program that
	// compiled f had not reached already, so without this the functions a
	// program has (and the std's site IDs, stdIndex) would depend on what
	// was compiled before it in the process.
	// What they reach is theirs, not the function being compiled's: it
	// would otherwise record it in its refs, and a program adopting it
	// later would reach more than one compiling it.
	cur := p.cur
	p.cur = nil
	for _, f := range adopted {
		for _, t := range f.ifaces {
			p.reachClosure(t)
		}
	}
	p.cur = cur
}

// shareable reports whether fn's code is the same whatever the program:
// it neither belongs to the main package nor mentions one of its types.
// A closure goes with the function that encloses it.
func (p *Program) shareable(fn *ssa.Function) bool {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	if fn.Pkg != nil && fn.Pkg.Pkg == p.mainPkg || p.isUser(fn.Pos()) {
		return false
	}
	if recv := fn.Signature.Recv(); recv != nil && p.mentionsMain(recv.Type()) {
		return false
	}
	if p.mentionsMain(fn.Signature) {
		return false
	}
	for _, t := range fn.TypeArgs() {
		if p.mentionsMain(t) {
			return false
		}
	}
	for _, fv := range fn.FreeVars {
		if p.mentionsMain(fv.Type()) {
			return false
		}
	}
	return true
}

// mentionsMain reports whether t names a type of the main package.
func (p *Program) mentionsMain(t types.Type) bool {
	switch t := t.(type) {
	case *types.Named:
		if t.Obj().Pkg() == p.mainPkg {
			return true
		}
		for i := 0; i < t.TypeArgs().Len(); i++ {
			if p.mentionsMain(t.TypeArgs().At(i)) {
				return true
			}
		}
		return false
	case *types.Alias:
		return p.mentionsMain(types.Unalias(t))
	case *types.Pointer:
		return p.mentionsMain(t.Elem())
	case *types.Slice:
		return p.mentionsMain(t.Elem())
	case *types.Array:
		return p.mentionsMain(t.Elem())
	case *types.Chan:
		return p.mentionsMain(t.Elem())
	case *types.Map:
		return p.mentionsMain(t.Key()) || p.mentionsMain(t.Elem())
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if p.mentionsMain(t.Field(i).Type()) {
				return true
			}
		}
		return false
	case *types.Tuple:
		for i := 0; i < t.Len(); i++ {
			if p.mentionsMain(t.At(i).Type()) {
				return true
			}
		}
		return false
	case *types.Signature:
		return p.mentionsMain(t.Params()) || p.mentionsMain(t.Results())
	case *types.Interface:
		for i := 0; i < t.NumEmbeddeds(); i++ {
			if p.mentionsMain(t.EmbeddedType(i)) {
				return true
			}
		}
		for i := 0; i < t.NumExplicitMethods(); i++ {
			if p.mentionsMain(t.ExplicitMethod(i).Type()) {
				return true
			}
		}
		return false
	case *types.TypeParam:
		return true // not expected in compiled code; keep it to the program
	}
	return false
}
