package vm

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Writes no other goroutine can see, found at compile time for the
// fairness rule (fair.go): a spin that writes memory at every turn is an
// effect at every turn and never polls, so only the time slice
// (preempt.go) ended it, after 10^7 instructions per yield. Two kinds of
// store are invisible to every other goroutine whatever the schedule:
//
//   - An initialising store (kInitStore, uncounted as a frame's own
//     variable's, but seen by the race detector: a racy publication
//     races with it, as in Go): a
//     store into an object allocated (an escaping Alloc: new(T), &T{…}, a
//     variable a closure captures) earlier in the same block, before any
//     instruction but an address computation or another such store used
//     it. Nothing can have published the object yet, so no one else can
//     hold its address: `found := false` before a closure captures it,
//     the fields of a composite literal. Whoever later publishes it does
//     so by a counted store or a visible operation.
//   - A store into a private slice's array, or an append, copy or clear
//     onto it (kPrivateStore, callInfo.private): a slice value of the
//     frame built only from nil, make, append and reslicing of such
//     values, phis of them, or an array allocated to be sliced so, whose
//     every use is len, cap, an append, copy
//     or clear, a reslice into another private slice, or an element's
//     address that is only loaded from and stored into. Its array never
//     leaves the frame: `seen = append(seen, x)` in a spin, the keys
//     sync.Map.Range collects.
//
// A poll that writes only such memory changes nothing another goroutine
// can see, as a poll that changes only registers: the fairness rule
// counts it as a poll (Machine.privWrites is subtracted). The cycle check
// still counts private stores (their array's contents are not compared),
// so a turn that changed one is never taken for the same state.
//
// Store kinds (Instr.K of an opStore; kLocalStore is compile_instr.go's).
// kCannotRace is the bit the race detector skips on: a frame's own
// variable and a private array are never another goroutine's to touch.
const (
	kInitStore    Kind = 2
	kPrivateStore Kind = 3
	kCannotRace   Kind = 1 // set in kLocalStore, kLocalLoad and kPrivateStore
)

// privateSlices returns the slice values of fn whose arrays never leave
// the frame (see above), nil if none.
func privateSlices(fn *ssa.Function) map[ssa.Value]bool {
	var cand map[ssa.Value]bool
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			v, ok := in.(ssa.Value)
			if !ok {
				continue
			}
			if a, ok := v.(*ssa.Alloc); ok && isArrayPtr(a.Type()) {
				// An array allocated to be sliced: make([]T, n, c) with
				// constant sizes, []T{…}.
			} else if !isSlice(v.Type()) {
				continue
			}
			switch x := v.(type) {
			case *ssa.Alloc:
			case *ssa.MakeSlice, *ssa.Phi:
			case *ssa.Slice:
				if _, arr := x.X.(*ssa.Alloc); !arr && !isSlice(x.X.Type()) {
					continue
				}
			case *ssa.Call:
				if !isBuiltin(x.Call.Value, "append") {
					continue
				}
			default:
				continue
			}
			if cand == nil {
				cand = map[ssa.Value]bool{}
			}
			cand[v] = true
		}
	}
	// Drop candidates that break a rule until none does: a drop can make
	// a phi or an append of it fail in turn.
	for changed := len(cand) > 0; changed; {
		changed = false
		for v := range cand {
			if !privateDef(v, cand) || !privateUses(v, cand) {
				delete(cand, v)
				changed = true
			}
		}
	}
	if len(cand) == 0 {
		return nil
	}
	return cand
}

// privateDef reports whether v's own definition keeps its array private
// given the candidates priv: what it is built from is private too.
func privateDef(v ssa.Value, priv map[ssa.Value]bool) bool {
	switch x := v.(type) {
	case *ssa.MakeSlice, *ssa.Alloc:
		return true
	case *ssa.Phi:
		for _, e := range x.Edges {
			if !privateOrNil(e, priv) {
				return false
			}
		}
		return true
	case *ssa.Slice:
		return privateOrNil(x.X, priv)
	case *ssa.Call:
		return privateOrNil(x.Call.Args[0], priv)
	}
	return false
}

// privateOrNil reports whether v is a private slice or the constant nil.
func privateOrNil(v ssa.Value, priv map[ssa.Value]bool) bool {
	if k, ok := v.(*ssa.Const); ok {
		return k.Value == nil
	}
	return priv[v]
}

// privateUses reports whether every use of v keeps its array in the frame.
func privateUses(v ssa.Value, priv map[ssa.Value]bool) bool {
	for _, r := range *v.Referrers() {
		switch u := r.(type) {
		case *ssa.Phi, *ssa.Slice:
			if !priv[u.(ssa.Value)] {
				return false
			}
		case *ssa.Call:
			b, ok := u.Call.Value.(*ssa.Builtin)
			if !ok {
				return false
			}
			switch b.Name() {
			case "len", "cap":
			case "append":
				// The first argument's array may become the result's; a
				// later argument (append(s, t...)) is only read.
				if u.Call.Args[0] == v && !priv[u] {
					return false
				}
			case "copy":
				// Copying into v or out of it: elements, never the array.
			case "clear":
			default:
				return false
			}
		case *ssa.IndexAddr:
			if u.X != v || !onlyLoadStore(u) {
				return false
			}
		case *ssa.UnOp:
			// A load of a private array (v is its address).
		case *ssa.Store:
			// A store of a whole private array, not of its address.
			if u.Val == v {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// isArrayPtr reports whether t is a pointer to an array.
func isArrayPtr(t types.Type) bool {
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	_, ok = p.Elem().Underlying().(*types.Array)
	return ok
}

// onlyLoadStore reports whether the address a is only loaded from, stored
// into (not stored anywhere), or narrowed to a field or an array element
// used the same way.
func onlyLoadStore(a ssa.Value) bool {
	for _, r := range *a.Referrers() {
		switch u := r.(type) {
		case *ssa.UnOp:
			// A load (*a); any other unary operation on an address does
			// not type-check.
		case *ssa.Store:
			if u.Val == a {
				return false
			}
		case *ssa.FieldAddr:
			if !onlyLoadStore(u) {
				return false
			}
		case *ssa.IndexAddr:
			if u.X != a || !onlyLoadStore(u) {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// privateAddr reports whether addr points into a private slice's array.
func privateAddr(addr ssa.Value, priv map[ssa.Value]bool) bool {
	switch a := addr.(type) {
	case *ssa.IndexAddr:
		if isSlice(a.X.Type()) {
			return priv[a.X]
		}
		return privateAddr(a.X, priv)
	case *ssa.FieldAddr:
		return privateAddr(a.X, priv)
	case *ssa.Alloc:
		return priv[a]
	}
	return false
}

// initStores returns the stores of fn into an object allocated earlier in
// their block that nothing but address computations and other such stores
// used before: nobody else can hold its address yet. One pass per block.
func initStores(fn *ssa.Function) map[*ssa.Store]bool {
	var out map[*ssa.Store]bool
	root := map[ssa.Value]*ssa.Alloc{} // an address into a fresh object: the object
	published := map[*ssa.Alloc]bool{}
	var ops []*ssa.Value
	for _, b := range fn.Blocks {
		clear(root)
		clear(published)
		for _, in := range b.Instrs {
			switch u := in.(type) {
			case *ssa.Alloc:
				if u.Heap {
					root[u] = u
				}
				continue
			case *ssa.FieldAddr:
				if r := root[u.X]; r != nil {
					root[u] = r
					continue
				}
			case *ssa.IndexAddr:
				if r := root[u.X]; r != nil {
					if _, arr := u.X.Type().Underlying().(*types.Pointer); arr {
						root[u] = r
						continue
					}
				}
			case *ssa.Store:
				if r := root[u.Addr]; r != nil && !published[r] && root[u.Val] == nil {
					if out == nil {
						out = map[*ssa.Store]bool{}
					}
					out[u] = true
					continue
				}
			}
			// Any other use may publish the object.
			ops = in.Operands(ops[:0])
			for _, o := range ops {
				if o != nil && *o != nil {
					if r := root[*o]; r != nil {
						published[r] = true
					}
				}
			}
		}
	}
	return out
}

func isSlice(t types.Type) bool {
	_, ok := t.Underlying().(*types.Slice)
	return ok
}

func isBuiltin(v ssa.Value, name string) bool {
	b, ok := v.(*ssa.Builtin)
	return ok && b.Name() == name
}
