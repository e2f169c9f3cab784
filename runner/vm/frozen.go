package vm

import (
	"go/types"
	"sort"
	"unsafe"

	"golang.org/x/tools/go/ssa"
)

// Frozen objects: a package whose state holds pointers may still start each
// run from the std template when nothing can change what they point to.
// strconv's ErrRange is an error holding a *errors.errorString; that
// error is returned, wrapped in *NumError and compared everywhere, so no
// analysis of where the value goes can show it is only read. What shows
// it is the type: errorString's only field is unexported, so only package
// errors can write one field by field, and no function of the program
// stores into an errorString other than one it has just allocated.
//
// writtenStructs finds, for the program's compiled code, the named struct
// types whose storage something may write outside the function that
// allocated it:
//   - a store whose address is not rooted at an Alloc or MakeSlice of the
//     same function writes the stored type, every struct it holds by
//     value, and every struct the address passes through (a field of a
//     field writes both);
//   - copy, append and clear write the element type of their slice;
//   - a pointer handed to code that is not compiled Go (an intrinsic, a
//     builtin such as unsafe.Slice, or a call through a function value or
//     an interface, which may reach one) counts as a store through it,
//     and so does converting a pointer to unsafe.Pointer or to another
//     pointer type;
//   - an intrinsic method with a pointer receiver (sync.Mutex.Lock)
//     writes its receiver's type, however it is called.
//
// What this cannot see is reflect and unsafe reinterpreting memory: a
// reflect.Value's Set reaches the object through unpackEface. The std's
// own reflect users (fmt, encoding/*) set only exported fields, so a
// frozen type must have no exported field; and a program whose main
// package imports reflect or unsafe gets no frozen types at all (nil).
func (p *Program) writtenStructs() map[*types.TypeName]bool {
	if n := len(p.initPkgs); n > 0 {
		for _, imp := range p.initPkgs[n-1].Pkg.Imports() {
			if imp.Path() == "reflect" || imp == types.Unsafe {
				return nil
			}
		}
	}
	w := map[*types.TypeName]bool{}
	for fn, f := range p.funcs {
		if f.Intr != nil {
			if recv := fn.Signature.Recv(); recv != nil {
				if pt, ok := recv.Type().Underlying().(*types.Pointer); ok {
					markHeld(pt.Elem(), w)
				}
			}
			continue
		}
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				switch in := in.(type) {
				case *ssa.Store:
					markStore(in.Addr, w)
				case *ssa.Convert:
					// To unsafe.Pointer, or to another pointer type
					// (*U from *T with the same underlying struct):
					// stores through the result name another type.
					if _, ok := in.X.Type().Underlying().(*types.Pointer); ok {
						markStore(in.X, w)
					}
				case *ssa.ChangeType:
					if _, ok := in.X.Type().Underlying().(*types.Pointer); ok && !types.Identical(in.X.Type(), in.Type()) {
						markStore(in.X, w)
					}
				case ssa.CallInstruction:
					p.markCall(in.Common(), w)
				}
			}
		}
	}
	return w
}

// markCall marks what a call may write that the callee's own compiled
// code does not show.
func (p *Program) markCall(c *ssa.CallCommon, w map[*types.TypeName]bool) {
	if b, ok := c.Value.(*ssa.Builtin); ok {
		switch b.Name() {
		case "copy", "append", "clear":
			if len(c.Args) > 0 {
				if s, ok := c.Args[0].Type().Underlying().(*types.Slice); ok {
					markHeld(s.Elem(), w)
				}
			}
		}
		for _, a := range c.Args {
			// unsafe.Slice, unsafe.String and the like: memory reached
			// another way than through the address's own type.
			if _, ok := a.Type().Underlying().(*types.Pointer); ok {
				markStore(a, w)
			}
		}
		return
	}
	if callee := c.StaticCallee(); callee != nil && callee.Blocks != nil {
		if f := p.funcs[callee]; f == nil || f.Intr == nil {
			return // compiled Go: its stores are looked at themselves
		}
	}
	for _, a := range c.Args {
		if _, ok := a.Type().Underlying().(*types.Pointer); ok {
			markStore(a, w)
		}
	}
}

// markStore marks what a store through addr writes, unless addr points
// into an object its function has just allocated.
func markStore(addr ssa.Value, w map[*types.TypeName]bool) {
	var path []types.Type
	a := addr
	for {
		path = append(path, a.Type())
		switch x := a.(type) {
		case *ssa.Alloc, *ssa.MakeSlice:
			return // fresh
		case *ssa.FieldAddr:
			a = x.X
			continue
		case *ssa.IndexAddr:
			if _, isPtr := x.X.Type().Underlying().(*types.Pointer); isPtr {
				a = x.X
				continue
			}
			if _, isSlice := x.X.Type().Underlying().(*types.Slice); isSlice {
				if _, fresh := x.X.(*ssa.MakeSlice); fresh {
					return
				}
			}
		}
		break
	}
	if pt, ok := addr.Type().Underlying().(*types.Pointer); ok {
		markHeld(pt.Elem(), w)
	}
	for _, t := range path {
		if pt, ok := t.Underlying().(*types.Pointer); ok {
			markNamed(pt.Elem(), w)
		}
	}
}

// markHeld marks t and every struct type t holds by value.
func markHeld(t types.Type, w map[*types.TypeName]bool) {
	markNamed(t, w)
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			markHeld(u.Field(i).Type(), w)
		}
	case *types.Array:
		markHeld(u.Elem(), w)
	}
}

func markNamed(t types.Type, w map[*types.TypeName]bool) {
	if n, ok := types.Unalias(t).(*types.Named); ok {
		w[n.Obj()] = true
	}
}

// frozenStruct reports whether values of t, a pointer's element type,
// cannot change once made: a named struct with no exported field that
// nothing writes (writtenStructs).
func frozenStruct(t *Type, written map[*types.TypeName]bool) bool {
	n, ok := types.Unalias(t.T).(*types.Named)
	if !ok || t.Kind != KStruct || written[n.Obj()] {
		return false
	}
	st := n.Underlying().(*types.Struct)
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Exported() {
			return false
		}
	}
	return true
}

// freezer judges template values: whether every reference a value holds
// leads only to frozen objects of their own, none of them storage a run
// makes afresh (a global, which a run has its own copy of, or part of
// one) or part of an array.
type freezer struct {
	written map[*types.TypeName]bool
	spans   []span // the template's globals and every []Value its state reaches, by start
}

type span struct{ lo, hi uintptr }

func newFreezer(written map[*types.TypeName]bool, globals []Value, r *refs) *freezer {
	f := &freezer{written: written}
	if len(globals) > 0 {
		f.spans = append(f.spans, span{uintptr(unsafe.Pointer(&globals[0])), uintptr(unsafe.Pointer(&globals[len(globals)-1])) + unsafe.Sizeof(Value{})})
	}
	f.spans = append(f.spans, r.arrays...)
	sort.Slice(f.spans, func(i, j int) bool { return f.spans[i].lo < f.spans[j].lo })
	// Two slices of one array overlap: merge, so that the spans are
	// disjoint for inGlobals' search.
	out := f.spans[:0]
	for _, sp := range f.spans {
		if n := len(out); n > 0 && sp.lo < out[n-1].hi {
			out[n-1].hi = max(out[n-1].hi, sp.hi)
			continue
		}
		out = append(out, sp)
	}
	f.spans = out
	return f
}

// inGlobals reports whether p is a template global's storage, or an
// element of an array or slice the template's state holds: a frozen
// object must be an object of its own (what new or &T{} made), which
// nothing reaches but through a pointer to it (reflect.Swapper and copy
// move slice elements whatever their type).
func (f *freezer) inGlobals(p *Value) bool {
	a := uintptr(unsafe.Pointer(p))
	// The spans are separate allocations: p is in the last one starting
	// at or before it, or in none.
	i := sort.Search(len(f.spans), func(i int) bool { return f.spans[i].lo > a })
	return i > 0 && a < f.spans[i-1].hi
}

// val reports whether v, of type t, may be shared by every run: byValue's
// values, and pointers to frozen structs outside the globals whose
// contents are such values too.
func (f *freezer) val(v Value, t *Type, depth int) bool {
	if depth > 16 {
		return false
	}
	switch t.Kind {
	case KStruct:
		for i, ft := range t.Fields {
			if !f.val(v.Elems()[i], ft, depth+1) {
				return false
			}
		}
		return true
	case KArray:
		if t.Elem.IsAggregate() || isRef(t.Elem.Kind) {
			for _, e := range v.Elems() {
				if !f.val(e, t.Elem, depth+1) {
					return false
				}
			}
		}
		return true
	case KInterface:
		i := v.Iface()
		return i == nil || f.val(i.V, i.T, depth+1)
	case KFunc:
		c, _ := v.R.(*Closure)
		return c == nil || len(c.Env) == 0
	case KPointer:
		if v.R == nil {
			return true
		}
		pv, ok := v.R.(*Value)
		return ok && frozenStruct(t.Elem, f.written) && !f.inGlobals(pv) && f.val(*pv, t.Elem, depth+1)
	}
	if isRef(t.Kind) {
		return v.R == nil
	}
	return true
}

// A global that points to storage of its own: time.UTC is &utcLoc, a
// global of the same package, and os.Stdout a *File nothing else in the
// std's state refers to. Neither can be shared: the run has its own
// utcLoc (t.setLoc compares with &utcLoc), and Close writes a File. But
// each run can make its own as its initialiser would: a pointer to the
// run's own cell of that global, or a fresh copy of the object.
type cellInit struct {
	slot   int32 // the pointer global
	target int32 // the global it points to, or -1: a copy of its object
	elem   *Type // the object's type, when copied
}

// refs counts, over everything the template's globals reach, the
// pointers to each cell, and keeps every pointer seen (sorted by
// address), so that a pointer into an object's fields is found too.
type refs struct {
	n      map[*Value]int
	all    []uintptr
	arrays []span // every []Value reached (aggregates' fields, slices' arrays)
}

func countRefs(globals []Value) *refs {
	r := &refs{n: map[*Value]int{}}
	seen := map[any]bool{}
	var walk func(v Value)
	walk = func(v Value) {
		switch x := v.R.(type) {
		case *Value:
			r.n[x]++
			r.all = append(r.all, uintptr(unsafe.Pointer(x)))
			if r.n[x] == 1 {
				walk(*x)
			}
		case []Value:
			// The whole array from x's start: reslicing reaches it all.
			x = x[:cap(x)]
			if len(x) == 0 || seen[&x[0]] {
				return
			}
			seen[&x[0]] = true
			r.arrays = append(r.arrays, span{uintptr(unsafe.Pointer(&x[0])), uintptr(unsafe.Pointer(&x[0])) + uintptr(len(x))*unsafe.Sizeof(Value{})})
			for _, e := range x {
				walk(e)
			}
		case *Iface:
			if x != nil {
				walk(x.V)
			}
		case *Closure:
			if x != nil && !seen[x] {
				seen[x] = true
				for _, e := range x.Env {
					walk(e)
				}
			}
		case *Map:
			if x != nil && !seen[x] {
				seen[x] = true
				for _, e := range x.keys {
					walk(e)
				}
				for _, e := range x.vals {
					walk(e)
				}
			}
		case *Chan:
			if x != nil && !seen[x] {
				seen[x] = true
				for _, e := range x.buf {
					walk(e)
				}
			}
		}
	}
	for _, g := range globals {
		walk(g)
	}
	sort.Slice(r.all, func(i, j int) bool { return r.all[i] < r.all[j] })
	return r
}

// into reports whether some pointer seen points into es.
func (r *refs) into(es []Value) bool {
	if len(es) == 0 {
		return false
	}
	lo := uintptr(unsafe.Pointer(&es[0]))
	hi := uintptr(unsafe.Pointer(&es[len(es)-1])) + unsafe.Sizeof(Value{})
	i := sort.Search(len(r.all), func(i int) bool { return r.all[i] >= lo })
	return i < len(r.all) && r.all[i] < hi
}

// cell judges global slot, of type t holding v, as a pointer to storage of
// its own (cellInit): to another global of its package (own says which
// slots those are), or to a struct object only it refers to whose fields
// copyVal copies completely.
func (f *freezer) cell(v Value, t *Type, slot int32, own map[int32]bool, globals []Value, r *refs) (cellInit, bool) {
	pv, ok := v.R.(*Value)
	if t.Kind != KPointer || !ok || len(globals) == 0 {
		return cellInit{}, false
	}
	base := uintptr(unsafe.Pointer(&globals[0]))
	if a := uintptr(unsafe.Pointer(pv)); a >= base && a < base+uintptr(len(globals))*unsafe.Sizeof(Value{}) {
		j := int32((a - base) / unsafe.Sizeof(Value{}))
		if (a-base)%unsafe.Sizeof(Value{}) != 0 || !own[j] || j == slot {
			return cellInit{}, false
		}
		return cellInit{slot: slot, target: j}, true
	}
	if f.inGlobals(pv) || r.n[pv] != 1 || t.Elem.Kind != KStruct || !byValue(*pv, t.Elem, 0) {
		return cellInit{}, false
	}
	for _, ft := range t.Elem.Fields {
		if ft.IsAggregate() {
			return cellInit{}, false // r.into looks at its own fields only
		}
	}
	if r.into(pv.Elems()) {
		return cellInit{}, false
	}
	return cellInit{slot: slot, target: -1, elem: t.Elem}, true
}
