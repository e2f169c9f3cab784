package vm

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// template is the standard library's state after its initialisers, as far
// as a run may start from a copy of it (Program.stdTemplate).
type template struct {
	globals []Value
	keep    []bool     // by global: start from the template's value (copyVal)
	share   []bool     // by global: the template's value itself, aggregates uncopied (unwrittenGlobals)
	cells   []cellInit // pointers to storage of their own, made for each run (frozen.go)
	again   []*Func    // the initialisers of the other packages, in order
}

// newTemplate decides which standard packages a run may take from the
// template. A package qualifies when each of its globals either holds only
// what copyVal copies completely (scalars, strings, structs and arrays of
// those, nil references, closures without captured variables, interfaces
// holding such values), or holds references that no code of the program
// writes through or lets escape (read-only tables such as strconv's
// []uint16 slices: readOnlyGlobals); and when every package it imports
// qualifies too, since an initialiser may change the state of what it
// imports (a registration in a map), and an imported package initialised
// again would lose that change.
func (p *Program) newTemplate(globals []Value) *template {
	t := &template{globals: globals, keep: make([]bool, len(p.globalTypes)), share: make([]bool, len(p.globalTypes))}
	ro := p.readOnlyGlobals()
	unwritten := p.unwrittenGlobals()
	var fz *freezer
	var rs *refs
	if w := p.writtenStructs(); w != nil {
		rs = countRefs(globals)
		fz = newFreezer(w, globals, rs)
	}
	pure := map[*types.Package]bool{}
	for i, pk := range p.initPkgs[:max(len(p.initPkgs)-1, 0)] {
		ok := true
		for _, imp := range pk.Pkg.Imports() {
			if imp != types.Unsafe && !pure[imp] {
				ok = false
			}
		}
		var cells []cellInit
		own := map[int32]bool{}
		for _, m := range pk.Members {
			if g, isG := m.(*ssa.Global); isG {
				own[p.globals[g]] = true
			}
		}
		for _, m := range pk.Members {
			if g, isG := m.(*ssa.Global); isG && ok {
				idx := p.globals[g]
				v, gt := globals[idx], p.globalTypes[idx]
				ok = byValue(v, gt, 0) || ro[g] || fz != nil && fz.val(v, gt, 0)
				if !ok && fz != nil {
					var c cellInit
					if c, ok = fz.cell(v, gt, idx, own, globals, rs); ok {
						cells = append(cells, c)
					}
				}
			}
		}
		pure[pk.Pkg] = ok
		if ok {
			t.cells = append(t.cells, cells...)
		}
		if !ok {
			t.again = append(t.again, p.Inits[i])
		} else {
			for _, m := range pk.Members {
				if g, isG := m.(*ssa.Global); isG {
					t.keep[p.globals[g]] = true
					t.share[p.globals[g]] = unwritten[g]
				}
			}
		}
	}
	return t
}

// byValue reports whether v, of type t, holds no reference to memory that
// a copy of it would share. Deeply nested values count as references.
func byValue(v Value, t *Type, depth int) bool {
	if depth > 16 {
		return false
	}
	switch t.Kind {
	case KStruct:
		for i, f := range t.Fields {
			if !byValue(v.Elems()[i], f, depth+1) {
				return false
			}
		}
		return true
	case KArray:
		if t.Elem.IsAggregate() || isRef(t.Elem.Kind) {
			for _, e := range v.Elems() {
				if !byValue(e, t.Elem, depth+1) {
					return false
				}
			}
		}
		return true
	case KInterface:
		i := v.Iface()
		return i == nil || byValue(i.V, i.T, depth+1)
	case KFunc:
		c, _ := v.R.(*Closure)
		return c == nil || len(c.Env) == 0
	}
	if isRef(t.Kind) {
		return v.R == nil
	}
	return true
}

// isRef reports whether values of kind k refer to memory outside
// themselves (function values and interfaces are judged apart).
func isRef(k Kind) bool {
	switch k {
	case KPointer, KSlice, KMap, KChan, KUnsafePointer, KFunc, KInterface:
		return true
	}
	return false
}

// readOnlyGlobals finds the globals whose contents' references are only
// ever read: every use of the global, in every function compiled for the
// program except its package's initialisers, loads from it and follows the
// loaded references only to load (index, field, slice, len, comparison).
// A store through a reference, or a reference passed anywhere the analysis
// does not follow (a call, an interface, another variable), disqualifies
// the global. Stores into the global's own storage are fine: a run has
// its own copy of that.
func (p *Program) readOnlyGlobals() map[*ssa.Global]bool {
	ro := map[*ssa.Global]bool{}
	bad := map[*ssa.Global]bool{}
	var ops []*ssa.Value
	for fn := range p.funcs {
		if fn.Blocks == nil || isInitCode(fn) {
			continue
		}
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				ops = in.Operands(ops[:0])
				for _, o := range ops {
					g, ok := (*o).(*ssa.Global)
					if !ok || bad[g] {
						continue
					}
					if globalUseOK(in, g) {
						ro[g] = true
					} else {
						bad[g] = true
					}
				}
			}
		}
	}
	for g := range bad {
		delete(ro, g)
	}
	// A global no compiled code uses is read-only too.
	for g := range p.globals {
		if !bad[g] {
			ro[g] = true
		}
	}
	return ro
}

// isInitCode reports whether fn is a package initialiser, which runs
// before the template is taken. A function literal inside one is not: it
// may be kept in a variable and called by the program at any time.
func isInitCode(fn *ssa.Function) bool {
	return fn.Parent() == nil && (fn.Synthetic == "package initializer" || strings.HasPrefix(fn.Name(), "init#"))
}

// unwrittenGlobals finds the globals whose own storage no code writes once
// their package's initialiser has run: every use of the global's address,
// in every function compiled for the program except that initialiser,
// loads from it, or takes the address of a field or element only to load
// from that; the initialiser itself may store into it but not let its
// address escape. Initialisers of other packages count (one run again for
// each run may store into an imported package's variable). A run may then
// start with the template's aggregate itself instead of a copy: nothing
// writes it, and a load copies an aggregate out of memory. Whether the
// references it holds may be shared is readOnlyGlobals' question.
func (p *Program) unwrittenGlobals() map[*ssa.Global]bool {
	written := map[*ssa.Global]bool{}
	var ops []*ssa.Value
	for fn := range p.funcs {
		if fn.Blocks == nil {
			continue
		}
		ownInit := isInitCode(fn)
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				ops = in.Operands(ops[:0])
				for _, o := range ops {
					g, ok := (*o).(*ssa.Global)
					if !ok || written[g] {
						continue
					}
					if ownInit && g.Pkg == fn.Pkg {
						// Its initial value is stored here, before the
						// template is taken; but its address must not
						// escape (var p = &g: stores through p later).
						if !globalUseOK(in, g) {
							written[g] = true
						}
					} else if !loadsOnly(in) {
						written[g] = true
					}
				}
			}
		}
	}
	un := map[*ssa.Global]bool{}
	for g := range p.globals {
		if !written[g] {
			un[g] = true
		}
	}
	return un
}

// loadsOnly reports whether in, a use of a global's address or of an
// address derived from it, only reads the storage there.
func loadsOnly(in ssa.Instruction) bool {
	switch in := in.(type) {
	case *ssa.UnOp:
		return in.Op == token.MUL
	case *ssa.DebugRef:
		return true
	case *ssa.FieldAddr, *ssa.IndexAddr:
		a := in.(ssa.Value)
		for _, r := range *a.Referrers() {
			if ix, ok := r.(*ssa.IndexAddr); ok && ix.X != a {
				return false // the address used as an index: cannot happen, but not a load
			}
			if !loadsOnly(r) {
				return false
			}
		}
		return true
	}
	return false
}

// globalUseOK judges one use of the address of global g.
func globalUseOK(in ssa.Instruction, g *ssa.Global) bool {
	switch in := in.(type) {
	case *ssa.UnOp:
		return in.Op == token.MUL && readsOnly(in, map[ssa.Value]bool{})
	case *ssa.FieldAddr:
		return ownAddrOK(in)
	case *ssa.IndexAddr:
		return ownAddrOK(in)
	case *ssa.Store:
		return in.Addr == g && in.Val != g
	case *ssa.DebugRef:
		return true
	}
	return false
}

// ownAddrOK judges an address into a global's own storage.
func ownAddrOK(a ssa.Value) bool {
	for _, r := range *a.Referrers() {
		switch r := r.(type) {
		case *ssa.UnOp:
			if r.Op != token.MUL || !readsOnly(r, map[ssa.Value]bool{}) {
				return false
			}
		case *ssa.FieldAddr:
			if !ownAddrOK(r) {
				return false
			}
		case *ssa.IndexAddr:
			if r.X != a || !ownAddrOK(r) {
				return false
			}
		case *ssa.Store:
			if r.Addr != a || r.Val == a {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// refAddrOK judges an address into memory a global's contents refer to:
// it may only be read.
func refAddrOK(a ssa.Value, seen map[ssa.Value]bool) bool {
	for _, r := range *a.Referrers() {
		switch r := r.(type) {
		case *ssa.UnOp:
			if r.Op != token.MUL || !readsOnly(r, seen) {
				return false
			}
		case *ssa.FieldAddr:
			if !refAddrOK(r, seen) {
				return false
			}
		case *ssa.IndexAddr:
			if r.X != a || !refAddrOK(r, seen) {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// readsOnly judges a value loaded from a global, or derived from one: the
// references it holds may be followed only to read.
func readsOnly(v ssa.Value, seen map[ssa.Value]bool) bool {
	if !hasRefs(v.Type()) {
		return true
	}
	if seen[v] {
		return true
	}
	seen[v] = true
	for _, r := range *v.Referrers() {
		switch r := r.(type) {
		case *ssa.IndexAddr:
			if r.X != v || !refAddrOK(r, seen) {
				return false
			}
		case *ssa.FieldAddr:
			if !refAddrOK(r, seen) {
				return false
			}
		case *ssa.UnOp:
			if r.Op != token.MUL || !readsOnly(r, seen) {
				return false
			}
		case *ssa.Slice:
			if r.X != v || !readsOnly(r, seen) {
				return false
			}
		case *ssa.Field:
			if !readsOnly(r, seen) {
				return false
			}
		case *ssa.Index:
			if r.X != v || !readsOnly(r, seen) {
				return false
			}
		case *ssa.Lookup:
			if r.X != v || !readsOnly(r, seen) {
				return false
			}
		case *ssa.Extract:
			if !readsOnly(r, seen) {
				return false
			}
		case *ssa.Phi:
			if !readsOnly(r, seen) {
				return false
			}
		case *ssa.Range:
			for _, n := range *r.Referrers() {
				if nx, ok := n.(*ssa.Next); !ok || !readsOnly(nx, seen) {
					return false
				}
			}
		case *ssa.BinOp:
			if r.Op != token.EQL && r.Op != token.NEQ {
				return false
			}
		case *ssa.Call:
			b, ok := r.Call.Value.(*ssa.Builtin)
			if !ok {
				// A call of compiled Go (not an intrinsic, which has no
				// body) may read it too: its parameter is judged alike.
				callee := r.Call.StaticCallee()
				if callee == nil || callee.Blocks == nil || len(callee.Params) != len(r.Call.Args) {
					return false
				}
				for i, a := range r.Call.Args {
					if a == v && !readsOnly(callee.Params[i], seen) {
						return false
					}
				}
				continue
			}
			switch b.Name() {
			case "len", "cap":
			case "copy", "append":
				// The source of a copy or of append(x, v...) is read; its
				// elements are copied, so they must hold no references.
				if len(r.Call.Args) != 2 || r.Call.Args[1] != v || r.Call.Args[0] == v || hasRefs(elemOf(v.Type())) {
					return false
				}
			default:
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// hasRefs reports whether values of t can refer to memory outside
// themselves (strings are immutable and do not count).
func hasRefs(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() == types.UnsafePointer
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if hasRefs(u.Field(i).Type()) {
				return true
			}
		}
		return false
	case *types.Array:
		return hasRefs(u.Elem())
	case *types.Tuple:
		for i := 0; i < u.Len(); i++ {
			if hasRefs(u.At(i).Type()) {
				return true
			}
		}
		return false
	}
	return true
}

// elemOf is the element type of a slice (or string: bytes).
func elemOf(t types.Type) types.Type {
	if s, ok := t.Underlying().(*types.Slice); ok {
		return s.Elem()
	}
	return types.Typ[types.Byte]
}
