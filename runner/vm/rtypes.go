package vm

import (
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/types/typeutil"
)

// Runtime types: the types whose values may sit in an interface, whose
// method sets the VM compiles so that interface calls (and reflection)
// find them. ssa.Program.RuntimeTypes answers for a whole ssa.Program, but
// the runner shares one ssa.Program for the standard library among every
// program of the process (runner/image.go): its answer would include every
// std package built so far and every earlier program's types. So the VM
// derives the set from what it compiles for this program: the operand type
// of every MakeInterface in a compiled function, and what reflection can
// reach from it, as RuntimeTypes does (x/tools' ForEachElement rules).

// noteRuntimeTypes adds the runtime types of fn's code, queueing their
// methods for compilation, and returns the types fn converts to
// interfaces. A function of the Image keeps them (Func.ifaces): a program
// that adopts it compiled must reach the same methods as one that compiles
// it, and the methods this compile queued are only those of the types the
// program had not seen yet (see reach and reachClosure).
func (p *Program) noteRuntimeTypes(fn *ssa.Function) []*Type {
	if fn == nil {
		return nil
	}
	var ifaces []*Type
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			if mi, ok := in.(*ssa.MakeInterface); ok {
				t := mi.X.Type()
				p.reachType(t, true)
				if rt := p.types.intern(t); !slices.Contains(ifaces, rt) {
					ifaces = append(ifaces, rt)
				}
			}
		}
	}
	return ifaces
}

// reachType visits t and the types reflection can derive from it; access
// says whether a value of t itself can be obtained (a signature's
// parameter tuple cannot).
func (p *Program) reachType(t types.Type, access bool) {
	p.walkRuntimeTypes(t, access, func(t types.Type) bool {
		if p.rtSeen.At(t) != nil {
			return false
		}
		p.rtSeen.Set(t, true)
		p.addMethods(t)
		return true
	})
}

// reachClosure reaches, for a program adopting a compiled std function that
// converts t to an interface, the methods compiling it would have reached:
// those of every type reflection can derive from t. The list is the
// image's (closureOf), so a warm compile does not walk the types again.
func (p *Program) reachClosure(t *Type) {
	if p.rtReached[t] {
		return // and so every type of its closure, each of which has a smaller one
	}
	if p.rtReached == nil {
		p.rtReached = map[*Type]bool{}
	}
	for _, u := range p.closureOf(t) {
		if p.rtReached[u] {
			continue
		}
		p.rtReached[u] = true
		if u.methods == nil {
			p.addMethods(u.T)
			continue
		}
		for _, m := range u.methods {
			p.reach(m)
		}
	}
}

// closureOf lists t and the types reflection can derive from it whose
// values can be obtained, as reachType visits them; computed once per
// image (t is a type of the standard library: it names nothing of a
// program, so the list is every program's). The image's lock is held.
func (p *Program) closureOf(t *Type) []*Type {
	if t.rtClosed {
		return t.rtClosure
	}
	var seen typeutil.Map
	var out []*Type
	p.walkRuntimeTypes(t.T, true, func(u types.Type) bool {
		if seen.At(u) != nil {
			return false
		}
		seen.Set(u, true)
		out = append(out, p.types.intern(u))
		return true
	})
	t.rtClosure, t.rtClosed = out, true
	return out
}

// walkRuntimeTypes visits t and the types reflection can derive from it,
// as x/tools' ForEachElement does; access says whether a value of t
// itself can be obtained (a signature's parameter tuple cannot). visit
// sees each such type and returns false to skip what derives from it (a
// type seen before).
func (p *Program) walkRuntimeTypes(t types.Type, access bool, visit func(types.Type) bool) {
	if a, ok := t.(*types.Alias); ok {
		// The type it stands for, walked whole: seeing the alias first
		// (identical to it, as seen types are compared) would skip what
		// derives from the type (*T, T's fields), so what a program
		// reached depended on whether it met os.FileMode or
		// io/fs.FileMode first.
		p.walkRuntimeTypes(types.Unalias(a), access, visit)
		return
	}
	if access && !visit(t) {
		return
	}
	walk := func(t types.Type, access bool) { p.walkRuntimeTypes(t, access, visit) }
	mset := p.SSA.MethodSets.MethodSet(t)
	for i := 0; i < mset.Len(); i++ {
		sig := mset.At(i).Obj().Type().(*types.Signature)
		if sig.TypeParams() != nil {
			continue
		}
		walk(sig.Params(), false)
		walk(sig.Results(), false)
	}
	switch t := t.(type) {
	case *types.Pointer:
		walk(t.Elem(), true)
	case *types.Slice:
		walk(t.Elem(), true)
	case *types.Chan:
		walk(t.Elem(), true)
	case *types.Map:
		walk(t.Key(), true)
		walk(t.Elem(), true)
	case *types.Signature:
		walk(t.Params(), false)
		walk(t.Results(), false)
	case *types.Named:
		// *T can be derived from T by reflection and may have methods;
		// T's underlying struct cannot be reached as a type of its own.
		walk(types.NewPointer(t), true)
		walk(t.Underlying(), false)
	case *types.Array:
		walk(t.Elem(), true)
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			walk(t.Field(i).Type(), true)
		}
	case *types.Tuple:
		for i := 0; i < t.Len(); i++ {
			walk(t.At(i).Type(), true)
		}
	}
}
