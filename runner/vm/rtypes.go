package vm

import (
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
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
// program had not seen yet (see reach).
func (p *Program) noteRuntimeTypes(fn *ssa.Function) []types.Type {
	if fn == nil {
		return nil
	}
	var ifaces []types.Type
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			if mi, ok := in.(*ssa.MakeInterface); ok {
				t := mi.X.Type()
				p.reachType(t, true)
				if !slices.ContainsFunc(ifaces, func(u types.Type) bool { return types.Identical(t, u) }) {
					ifaces = append(ifaces, t)
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
	if access {
		if p.rtSeen.At(t) != nil {
			return
		}
		p.rtSeen.Set(t, true)
		p.addMethods(t)
	}
	mset := p.SSA.MethodSets.MethodSet(t)
	for i := 0; i < mset.Len(); i++ {
		sig := mset.At(i).Obj().Type().(*types.Signature)
		if sig.TypeParams() != nil {
			continue
		}
		p.reachType(sig.Params(), false)
		p.reachType(sig.Results(), false)
	}
	switch t := t.(type) {
	case *types.Alias:
		p.reachType(types.Unalias(t), access)
	case *types.Pointer:
		p.reachType(t.Elem(), true)
	case *types.Slice:
		p.reachType(t.Elem(), true)
	case *types.Chan:
		p.reachType(t.Elem(), true)
	case *types.Map:
		p.reachType(t.Key(), true)
		p.reachType(t.Elem(), true)
	case *types.Signature:
		p.reachType(t.Params(), false)
		p.reachType(t.Results(), false)
	case *types.Named:
		// *T can be derived from T by reflection and may have methods;
		// T's underlying struct cannot be reached as a type of its own.
		p.reachType(types.NewPointer(t), true)
		p.reachType(t.Underlying(), false)
	case *types.Array:
		p.reachType(t.Elem(), true)
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			p.reachType(t.Field(i).Type(), true)
		}
	case *types.Tuple:
		for i := 0; i < t.Len(); i++ {
			p.reachType(t.At(i).Type(), true)
		}
	}
}
