package vm

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// How gc captures a closure's free variables, for the checks that read a
// closure's words (runtime.AddCleanup's "closes over ptr").
//
// go/ssa captures every variable by its cell. gc's escape analysis
// (escape.go's flowClosure) copies a variable into the closure instead
// when it is at most 128 bytes, its address is never taken, and nothing
// assigns it after the closure first captures it (assignments in the
// straight-line code before the capture are its initialisation). A
// variable captured by reference leaves only its cell's address in the
// closure.

// captureKind says what one word group of a closure holds.
type captureKind uint8

const (
	captureValue captureKind = iota // a bound value itself (a method value's receiver)
	captureCopy                     // a variable's contents, copied in (gc's by-value capture)
	captureCell                     // a variable's address (gc's by-reference capture)
)

// gcCaptures reports, for each free variable of the anonymous function
// fn, how gc's closure holds it. nil when fn is not made by a
// MakeClosure the VM can see.
func gcCaptures(fn *ssa.Function) []captureKind {
	mc := makerOf(fn)
	if mc == nil {
		return nil
	}
	kinds := make([]captureKind, len(mc.Bindings))
	for i := range mc.Bindings {
		alloc, capture := capturedVar(mc, i)
		switch {
		case alloc == nil:
			kinds[i] = captureValue
		case gcAmd64.Sizeof(alloc.Type().(*types.Pointer).Elem()) <= 128 &&
			onlyReadAfter(alloc, capture, true):
			kinds[i] = captureCopy
		default:
			kinds[i] = captureCell
		}
	}
	return kinds
}

// makerOf is the MakeClosure that makes fn, or nil.
func makerOf(fn *ssa.Function) *ssa.MakeClosure {
	if fn == nil || fn.Referrers() == nil {
		return nil
	}
	for _, r := range *fn.Referrers() {
		if mc, ok := r.(*ssa.MakeClosure); ok && mc.Fn == fn {
			return mc
		}
	}
	return nil
}

// capturedVar follows binding i of mc out through enclosing closures to
// the variable it captures, and returns that Alloc with the MakeClosure
// in the variable's own function that captures it. nil when the binding
// is not a variable.
func capturedVar(mc *ssa.MakeClosure, i int) (*ssa.Alloc, *ssa.MakeClosure) {
	for {
		switch b := mc.Bindings[i].(type) {
		case *ssa.Alloc:
			return b, mc
		case *ssa.FreeVar:
			outer := makerOf(b.Parent())
			if outer == nil {
				return nil, nil
			}
			j := -1
			for k, fv := range b.Parent().FreeVars {
				if fv == b {
					j = k
				}
			}
			if j < 0 {
				return nil, nil
			}
			mc, i = outer, j
		default:
			return nil, nil
		}
	}
}

// onlyReadAfter reports whether the address addr (a variable's cell, a
// field or element of it, or a closure's free variable holding it) is
// only loaded from, except for stores in the variable's own function
// that come before capture (home: addr is used in that function).
func onlyReadAfter(addr ssa.Value, capture *ssa.MakeClosure, home bool) bool {
	refs := addr.Referrers()
	if refs == nil {
		return true
	}
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.DebugRef:
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return false
			}
		case *ssa.Store:
			if r.Val == addr || !home || !before(r, capture) {
				return false
			}
		case *ssa.FieldAddr:
			if !onlyReadAfter(r, capture, home) {
				return false
			}
		case *ssa.IndexAddr:
			if r.Index == addr || !onlyReadAfter(r, capture, home) {
				return false
			}
		case *ssa.MakeClosure:
			for k, b := range r.Bindings {
				if b == addr {
					fn := r.Fn.(*ssa.Function)
					if !onlyReadAfter(fn.FreeVars[k], capture, false) {
						return false
					}
				}
			}
		default:
			return false // the address is taken
		}
	}
	return true
}

// before reports whether in always runs before the capture: in its
// block before it, or in a block that dominates it.
func before(in ssa.Instruction, capture *ssa.MakeClosure) bool {
	b, cb := in.Block(), capture.Block()
	if b != cb {
		return b.Dominates(cb)
	}
	for _, x := range b.Instrs {
		switch x {
		case in:
			return true
		case capture:
			return false
		}
	}
	return false
}
