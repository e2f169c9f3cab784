package vm

// Finalizers and cleanups: runtime.SetFinalizer, runtime.AddCleanup,
// Cleanup.Stop and the collector that runs them, runtime.GC.
//
// The host's collector cannot say when a program's object became
// unreachable (the interpreter's own structures hold values the program
// no longer can, and its timing is not the schedule's), so the VM
// collects for itself, and only where Go's collector is sure to have
// run: at a runtime.GC call, a visible operation dependent with
// everything. It marks from the roots and queues the finalizers and
// cleanups of the registered objects it did not reach.
//
// Roots: the globals; every goroutine's live registers, its deferred
// calls' operands, its panics' values, the value a blocked operation was
// completed with and its store buffer; the words of copies stopped
// midway; pending AfterFunc functions and channel timers; sync.Pool
// items; and each registration's finalizer function, cleanup function and
// argument. As in Go (markrootSpans), what a finalizer's object points to
// is marked too, but not the object itself, so an object a finalizer
// object reaches is kept for that finalizer, and a cycle through a
// finalizer object is never finalized.
//
// Live registers: go/ssa keeps a value in its register after its last use
// (p = nil leaves the old pointer in the Alloc's register), where gc's
// liveness maps drop it. For a frame of the program's own code the VM
// computes SSA liveness once per function (gcInfo): a register is live at
// a frame's pc when a use of its value can still be reached from there —
// after the call a frame below the top is in, and at or after the pending
// operation of a goroutine's top frame (its operands are still to be
// read). The registers of an open-coded deferred call are live until it
// runs. Library frames keep every register (conservative).
//
// Objects are cells (*Value): a new(T), a composite literal's, an
// escaping variable's. A registered object's memory is its cell and the
// arrays its struct or array value owns (ownExtents, by its type), so a
// pointer to a field, an element, or a slice of an array object keeps it
// alive as Go's interior pointers do. Not modelled: an interior pointer
// into an unregistered object keeps only that field's contents alive, not
// its siblings' (the VM knows no allocation an arbitrary cell belongs
// to).
//
// Go's tiny allocator packs pointer-free objects under 16 bytes into
// shared 16-byte blocks, so such an object's finalizer or cleanup may
// never run (real Go: never in rt9's runs) or may run once the whole block
// is garbage: a choice (ChooseGC), pick 0 keeping it.
//
// The runtime runs finalizers in one goroutine, a batch in reverse order
// of queueing (runfinq walks its block from the end), and cleanups in
// another, in order (measured: fin 2, fin 1, fin 0; clean 0, 1, 2). Each
// collection that queues any starts a goroutine for its finalizers and one
// for its cleanups, created by nobody, whose traceback ends in
// runtime.runFinalizers() or runtime.runCleanups() as Go's does. They exist
// only while they run, so deadlock reports are unchanged when none is
// pending. Two collections' batches may overlap (Go's one goroutine would
// run them one after the other). At exit nothing waits for them: as in
// Go, a finalizer queued just before main returns may never run.

import (
	"go/types"
	"slices"
	"sort"
	"sync"
	"unsafe"

	"golang.org/x/tools/go/ssa"
)

// finState is a run's registered finalizers and cleanups.
type finState struct {
	fins     []*finReg
	cleanups []*cleanReg
	nextID   uint64
	late     [][]Value // cleanup batches waiting to start (collect), each fn, arg, fn, arg…
}

// finReg is one object's finalizer.
type finReg struct {
	obj  *Value
	ptrT *Type // the object's pointer type (*T)
	fn   Value // the finalizer, a func value
	// wrap says the finalizer takes an interface: the object is passed
	// as an interface value of ptrT.
	wrap bool
}

// cleanReg is one cleanup.
type cleanReg struct {
	id   uint64
	obj  *Value
	ptrT *Type
	fn   *Closure
	arg  Value
}

// gcInfo is what the collector needs of one of the program's functions:
// the SSA instruction each pc was compiled from and each value's register,
// and (on first need) SSA liveness.
type gcInfo struct {
	pos  []ssaPos
	regs map[ssa.Value]int32

	once    sync.Once
	liveOut []map[ssa.Value]bool // by block index
}

// ssaPos is an instruction's place: block index and index in the block;
// block -1 for code of no instruction (phi trampolines).
type ssaPos struct{ b, i int32 }

var noPos = ssaPos{-1, -1}

// liveness computes the values live at each block's end.
func (gi *gcInfo) liveness(fn *ssa.Function) {
	gi.once.Do(func() {
		n := len(fn.Blocks)
		liveIn := make([]map[ssa.Value]bool, n)
		gi.liveOut = make([]map[ssa.Value]bool, n)
		for i := range n {
			liveIn[i], gi.liveOut[i] = map[ssa.Value]bool{}, map[ssa.Value]bool{}
		}
		var ops []*ssa.Value
		for changed := true; changed; {
			changed = false
			for bi := n - 1; bi >= 0; bi-- {
				b := fn.Blocks[bi]
				out := gi.liveOut[bi]
				for _, s := range b.Succs {
					for v := range liveIn[s.Index] {
						if !out[v] {
							out[v], changed = true, true
						}
					}
					k := slices.Index(s.Preds, b)
					for _, in := range s.Instrs {
						phi, ok := in.(*ssa.Phi)
						if !ok {
							break
						}
						if e := phi.Edges[k]; gi.has(e) && !out[e] {
							out[e], changed = true, true
						}
					}
				}
				live := gi.liveFrom(b, -1, len(b.Instrs)-1, out, &ops)
				for v := range live {
					if !liveIn[bi][v] {
						liveIn[bi][v], changed = true, true
					}
				}
			}
		}
	})
}

// has reports whether v lives in a register.
func (gi *gcInfo) has(v ssa.Value) bool {
	r, ok := gi.regs[v]
	return ok && r >= 0
}

// liveFrom returns the values live after instruction from of b, walking
// back from its end (instructions from+1..last), given out at the end.
func (gi *gcInfo) liveFrom(b *ssa.BasicBlock, from, last int, out map[ssa.Value]bool, ops *[]*ssa.Value) map[ssa.Value]bool {
	live := make(map[ssa.Value]bool, len(out))
	for v := range out {
		live[v] = true
	}
	for i := last; i > from; i-- {
		in := b.Instrs[i]
		if v, ok := in.(ssa.Value); ok {
			delete(live, v)
		}
		if _, ok := in.(*ssa.Phi); ok {
			continue // its operands are used on the edges
		}
		*ops = in.Operands((*ops)[:0])
		for _, o := range *ops {
			if o != nil && *o != nil && gi.has(*o) {
				live[*o] = true
			}
		}
	}
	return live
}

// liveRegs calls f with each register of fr that may hold a value the
// frame still uses (see the file comment); top says fr is its goroutine's
// innermost frame, stopped in front of its pc's operation.
func liveRegs(fr *Frame, top bool, f func(Value)) {
	fn := fr.fn
	gi := fn.gc
	if gi == nil || fn.SSA == nil || fr.pc >= len(gi.pos) || gi.pos[fr.pc].b < 0 {
		for _, v := range fr.regs {
			f(v)
		}
		return
	}
	gi.liveness(fn.SSA)
	p := gi.pos[fr.pc]
	b := fn.SSA.Blocks[p.b]
	var ops []*ssa.Value
	live := gi.liveFrom(b, int(p.i), len(b.Instrs)-1, gi.liveOut[p.b], &ops)
	if top {
		ops = b.Instrs[p.i].Operands(ops[:0])
		for _, o := range ops {
			if o != nil && *o != nil && gi.has(*o) {
				live[*o] = true
			}
		}
	}
	for v := range live {
		if r := gi.regs[v]; int(r) < len(fr.regs) {
			f(fr.regs[r])
		}
	}
	if fr.openDefer && fn.openDefer != nil {
		ci := fn.openDefer
		for _, a := range ci.args {
			f(fr.regs[a])
		}
		if int(ci.fnReg) < len(fr.regs) {
			f(fr.regs[ci.fnReg])
		}
	}
}

// extent is part of a registered object's memory: [lo, hi) host bytes.
type extent struct {
	lo, hi uintptr
	obj    int
}

var valueSize = unsafe.Sizeof(Value{})

// ownExtents adds the memory the value at v of type t owns in place: a
// struct's or array's elements (and theirs), an array of bytes' storage.
func ownExtents(v *Value, t *Type, obj int, out []extent) []extent {
	if t == nil || !t.IsAggregate() {
		return out
	}
	if t.compact() {
		if b := bytesOf(*v); len(b) > 0 {
			lo := uintptr(unsafe.Pointer(&b[0]))
			out = append(out, extent{lo, lo + uintptr(len(b)), obj})
		}
		return out
	}
	elems := v.Elems()
	if len(elems) == 0 {
		return out
	}
	lo := uintptr(unsafe.Pointer(&elems[0]))
	out = append(out, extent{lo, lo + uintptr(len(elems))*valueSize, obj})
	for i := range elems {
		et := t.Elem
		if t.Kind == KStruct {
			if i >= len(t.Fields) {
				break
			}
			et = t.Fields[i]
		}
		out = ownExtents(&elems[i], et, obj, out)
	}
	return out
}

// marker is one collection's mark phase.
type marker struct {
	seen  map[unsafe.Pointer]bool
	ext   []extent // sorted by lo
	objs  []*Value // the registered objects, by index
	typs  []*Type  // their element types
	hit   []bool   // reached
	stack []Value
}

func newMarker(objs []*Value, typs []*Type) *marker {
	mk := &marker{seen: map[unsafe.Pointer]bool{}, objs: objs, typs: typs, hit: make([]bool, len(objs))}
	for i, o := range objs {
		lo := uintptr(unsafe.Pointer(o))
		mk.ext = append(mk.ext, extent{lo, lo + valueSize, i})
		mk.ext = ownExtents(o, typs[i], i, mk.ext)
	}
	sort.Slice(mk.ext, func(i, j int) bool { return mk.ext[i].lo < mk.ext[j].lo })
	return mk
}

// reach notes that [lo, hi) is reachable: any registered object whose
// memory it overlaps is, with all it holds.
func (mk *marker) reach(lo, hi uintptr) {
	if len(mk.ext) == 0 {
		return
	}
	// The extents are disjoint: the first one ending after lo is the only
	// candidate below hi but for others further on.
	i := sort.Search(len(mk.ext), func(i int) bool { return mk.ext[i].hi > lo })
	for ; i < len(mk.ext) && mk.ext[i].lo < hi; i++ {
		if o := mk.ext[i].obj; !mk.hit[o] {
			mk.hit[o] = true
			mk.push(Value{R: mk.objs[o]})
		}
	}
}

func (mk *marker) push(v Value) {
	if v.R != nil {
		mk.stack = append(mk.stack, v)
	}
}

// pushOwned pushes what the value at v of type t refers to, not the
// memory it owns in place (see ownExtents), nor pointers into registered
// object self: a finalizer object's contents, which Go marks without
// marking the object (scanObject skips a pointer into the object it
// scans, so a finalizer object pointing to itself is still finalized).
func (mk *marker) pushOwned(v Value, t *Type, self int) {
	if t == nil || !t.IsAggregate() {
		var a uintptr
		switch r := v.R.(type) {
		case *Value:
			a = uintptr(unsafe.Pointer(r))
		case *byte:
			a = uintptr(unsafe.Pointer(r))
		case []Value:
			if cap(r) > 0 {
				a = uintptr(unsafe.Pointer(&r[:1][0]))
			}
		case []byte:
			if cap(r) > 0 {
				a = uintptr(unsafe.Pointer(&r[:1][0]))
			}
		}
		if a != 0 {
			for _, e := range mk.ext {
				if e.obj == self && a >= e.lo && a < e.hi {
					return
				}
			}
		}
		mk.push(v)
		return
	}
	if t.compact() {
		return
	}
	for i, e := range v.Elems() {
		et := t.Elem
		if t.Kind == KStruct {
			if i >= len(t.Fields) {
				break
			}
			et = t.Fields[i]
		}
		mk.pushOwned(e, et, self)
	}
}

// drain marks everything the pushed values reach.
func (mk *marker) drain() {
	for len(mk.stack) > 0 {
		v := mk.stack[len(mk.stack)-1]
		mk.stack = mk.stack[:len(mk.stack)-1]
		switch r := v.R.(type) {
		case *Value:
			if r == nil {
				continue
			}
			p := unsafe.Pointer(r)
			mk.reach(uintptr(p), uintptr(p)+valueSize)
			if !mk.seen[p] {
				mk.seen[p] = true
				mk.push(*r)
			}
		case []Value:
			if cap(r) == 0 {
				continue
			}
			all := r[:cap(r)]
			p := unsafe.Pointer(&all[0])
			mk.reach(uintptr(p), uintptr(p)+uintptr(len(all))*valueSize)
			if !mk.seen[p] {
				mk.seen[p] = true
				for _, e := range all {
					mk.push(e)
				}
			}
		case []byte:
			if cap(r) > 0 {
				p := uintptr(unsafe.Pointer(&r[:1][0]))
				mk.reach(p, p+uintptr(cap(r)))
			}
		case *byte:
			if r != nil {
				p := uintptr(unsafe.Pointer(r))
				mk.reach(p, p+1)
			}
		case *Iface:
			if r != nil {
				mk.push(r.V)
			}
		case *Closure:
			if p := unsafe.Pointer(r); r != nil && !mk.seen[p] {
				mk.seen[p] = true
				for _, e := range r.Env {
					mk.push(e)
				}
			}
		case *Map:
			if p := unsafe.Pointer(r); r != nil && !mk.seen[p] {
				mk.seen[p] = true
				for i := range r.keys {
					if i < len(r.live) && !r.live[i] {
						continue
					}
					mk.push(r.keys[i])
					if i < len(r.vals) {
						mk.push(r.vals[i])
					}
				}
			}
		case *mapIter:
			if r != nil && r.m != nil {
				mk.push(Value{R: r.m})
			}
		case *Chan:
			if p := unsafe.Pointer(r); r != nil && !mk.seen[p] {
				mk.seen[p] = true
				for _, e := range r.buf {
					mk.push(e)
				}
				for _, w := range r.sendq {
					mk.push(w.val)
				}
			}
		}
	}
}

// roots pushes the machine's roots but the registrations'.
func (m *Machine) pushRoots(mk *marker) {
	for _, v := range m.globals {
		mk.push(v)
	}
	for _, g := range m.gs {
		if g.state == gDone {
			continue
		}
		for i, fr := range g.frames {
			liveRegs(fr, i == len(g.frames)-1, mk.push)
			for d := fr.defers; d != nil; d = d.next {
				mk.push(d.arg)
			}
		}
		for p := g.panicking(); p != nil; p = p.link {
			mk.push(p.val)
		}
		mk.push(g.w.val)
		if g.rare != nil {
			for _, e := range g.rare.sb {
				if e.cell != nil {
					mk.push(Value{R: e.cell})
				}
				if e.bytes != nil {
					mk.push(Value{R: e.bytes})
				}
				if e.mp != nil {
					mk.push(Value{R: e.mp})
				}
				mk.push(e.val)
			}
		}
	}
	for i := range m.words {
		mk.push(m.words[i].val)
		mk.push(m.words[i].got)
	}
	for _, t := range m.timers {
		if t.dead || t.vt == nil {
			continue
		}
		if t.vt.fn != nil {
			mk.push(Value{R: t.vt.fn})
		}
		if t.vt.ch != nil {
			mk.push(Value{R: t.vt.ch})
		}
	}
	for _, vp := range m.sync.pools {
		for _, l := range vp.locals {
			mk.push(l.private.v)
			for _, it := range l.shared {
				mk.push(it.v)
			}
		}
		for _, it := range vp.orphans {
			mk.push(it.v)
		}
	}
}

// isGlobal reports whether p is one of the program's global variables,
// which Go's SetFinalizer and AddCleanup accept and never run anything for.
func (m *Machine) isGlobal(p *Value) bool {
	if len(m.globals) == 0 {
		return false
	}
	lo := uintptr(unsafe.Pointer(&m.globals[0]))
	a := uintptr(unsafe.Pointer(p))
	return a >= lo && a < lo+uintptr(len(m.globals))*valueSize
}

// interior reports whether p points inside an allocation, past its start:
// a field or element at a non-zero offset. It looks where such a pointer
// comes from, the calling frame's registers (dead ones too: &q.f leaves q
// there), a few hops deep (interiorHops), not the whole heap, so that a
// loop of SetFinalizer calls costs no walk of everything each time.
func (m *Machine) interior(g *Goroutine, p *Value) bool {
	target := unsafe.Pointer(p)
	seen := map[unsafe.Pointer]bool{}
	var look func(v Value, hops int) bool
	look = func(v Value, hops int) bool {
		if hops == 0 {
			return false
		}
		switch r := v.R.(type) {
		case *Value:
			if q := unsafe.Pointer(r); r != nil && !seen[q] {
				seen[q] = true
				return look(*r, hops-1)
			}
		case []Value:
			if cap(r) == 0 {
				return false
			}
			all := r[:cap(r)]
			q := unsafe.Pointer(&all[0])
			if seen[q] {
				return false
			}
			seen[q] = true
			for i := range all {
				if i > 0 && unsafe.Pointer(&all[i]) == target {
					return true
				}
			}
			for i := range all {
				if look(all[i], hops-1) {
					return true
				}
			}
		case *Iface:
			if r != nil {
				return look(r.V, hops)
			}
		}
		return false
	}
	for _, v := range g.top().regs {
		if look(v, interiorHops) {
			return true
		}
	}
	return false
}

// interiorHops is how many pointers and arrays interior follows from a
// register: &q.f, &q.a[i].f, &s[i] and &s[i].f are within reach.
const interiorHops = 4

// tiny reports whether Go's tiny allocator places objects of type t.
func tiny(t *Type) bool { return t.Size > 0 && t.Size < 16 && !hasPointers(t) }

// throw ends the run with runtime.SetFinalizer's fatal error, its frame
// at the line of the check (key: gen's "runtime.SetFinalizer KEY").
func (c *Ctx) throw(key, msg string) {
	c.M.throwKey = key
	c.M.fatal(c.G, msg)
}

func (m *Machine) finState() *finState {
	if m.fin == nil {
		m.fin = &finState{}
	}
	return m.fin
}

func setFinalizer(c *Ctx, args []Value) Value {
	m := c.M
	iv := args[0].Iface()
	if iv == nil {
		c.throw("nil", "runtime.SetFinalizer: first argument is nil")
		return Value{}
	}
	if iv.T.Kind != KPointer {
		c.throw("notptr", "runtime.SetFinalizer: first argument is "+iv.T.Name+", not pointer")
		return Value{}
	}
	elem := iv.T.Elem
	p, isCell := iv.V.R.(*Value)
	if iv.V.R == nil {
		c.throw("notinblock", "runtime.SetFinalizer: pointer not in allocated block")
		return Value{}
	}
	if !isCell || m.isGlobal(p) || elem.Size == 0 {
		// An element of a byte array (a tiny, pointer-free object), a
		// global or a zero-size value: Go accepts it and never runs it.
		return Value{}
	}
	if (hasPointers(elem) || elem.Size >= 16) && m.interior(c.G, p) {
		c.throw("notbegin", "runtime.SetFinalizer: pointer not at beginning of allocated block")
		return Value{}
	}
	fs := m.finState()
	fv := args[1].Iface()
	if fv == nil {
		fs.fins = slices.DeleteFunc(fs.fins, func(r *finReg) bool { return r.obj == p })
		return Value{}
	}
	if fv.T.Kind != KFunc {
		c.throw("notfunc", "runtime.SetFinalizer: second argument is "+fv.T.Name+", not a function")
		return Value{}
	}
	sig, _ := fv.T.T.Underlying().(*types.Signature)
	cannot := "runtime.SetFinalizer: cannot pass " + iv.T.Name + " to finalizer " + fv.T.Name
	if sig == nil || sig.Variadic() {
		c.throw("dotdotdot", cannot+" because dotdotdot")
		return Value{}
	}
	if sig.Params().Len() != 1 {
		c.throw("incount", cannot)
		return Value{}
	}
	fint, etyp := sig.Params().At(0).Type(), iv.T.T
	wrap := false
	switch ft := fint.Underlying().(type) {
	case *types.Pointer:
		_, fnamed := fint.(*types.Named)
		_, enamed := etyp.(*types.Named)
		if !types.Identical(fint, etyp) && !((!fnamed || !enamed) && types.Identical(ft.Elem(), etyp.Underlying().(*types.Pointer).Elem())) {
			c.throw("cannotpass", cannot)
			return Value{}
		}
	case *types.Interface:
		if !types.Implements(etyp, ft) {
			c.throw("cannotpass", cannot)
			return Value{}
		}
		wrap = true
	default:
		if !types.Identical(fint, etyp) {
			c.throw("cannotpass", cannot)
			return Value{}
		}
	}
	for _, r := range fs.fins {
		if r.obj == p {
			c.throw("already", "runtime.SetFinalizer: finalizer already set")
			return Value{}
		}
	}
	fs.fins = append(fs.fins, &finReg{obj: p, ptrT: iv.T, fn: fv.V, wrap: wrap})
	return Value{}
}

func addCleanup(c *Ctx, args []Value) Value {
	m := c.M
	none := Value{R: []Value{{}, {}}} // Cleanup{}
	pv, fv, av := args[0].Iface(), args[1].Iface(), args[2].Iface()
	if pv == nil || pv.V.R == nil {
		panicString(c, "runtime.AddCleanup: ptr is nil")
		return none
	}
	ptrT := pv.T
	var arg Value
	argPtr := false
	if av != nil {
		arg = av.V
		argPtr = av.T.Kind == KPointer || av.T.Kind == KUnsafePointer
		if argPtr && arg.R == pv.V.R {
			panicString(c, "runtime.AddCleanup: ptr is equal to arg, cleanup will never run")
			return none
		}
	}
	if fv != nil {
		if sig, ok := fv.T.T.Underlying().(*types.Signature); ok && sig.Params().Len() == 1 && types.IsInterface(sig.Params().At(0).Type()) {
			arg = args[2] // S is an interface type: the cleanup takes it as is
		}
	}
	p, isCell := pv.V.R.(*Value)
	if !isCell || m.isGlobal(p) || ptrT.Elem == nil || ptrT.Elem.Size == 0 {
		return none
	}
	mk := newMarker([]*Value{p}, []*Type{ptrT.Elem})
	if argPtr && !tiny(ptrT.Elem) {
		mk.push(av.V)
		mk.drainOne()
		if mk.hit[0] {
			panicString(c, "runtime.AddCleanup: ptr is within arg, cleanup will never run")
			return none
		}
	}
	var cl *Closure
	if fv != nil {
		cl, _ = fv.V.R.(*Closure)
	}
	if cl != nil {
		// Go's check reads the closure's words: a variable gc copies
		// in is its contents, one it captures by reference is its
		// cell's address (gcCaptures).
		var kinds []captureKind
		if cl.Fn != nil {
			kinds = gcCaptures(cl.Fn.SSA)
		}
		for i, e := range cl.Env {
			cell, isCell := e.R.(*Value)
			switch {
			case isCell && i < len(kinds) && kinds[i] == captureCopy:
				t := cl.Fn.SSA.FreeVars[i].Type().(*types.Pointer).Elem()
				pushWords(mk, *cell, t)
			case isCell && i < len(kinds) && kinds[i] == captureCell:
				mk.push(e)
			default:
				mk.push(e)
				if isCell && len(kinds) == 0 {
					mk.push(*cell) // no MakeClosure seen: check both
				}
			}
			mk.drainOne()
			if mk.hit[0] {
				panicString(c, "runtime.AddCleanup: cleanup function closes over ptr, cleanup will never run")
				return none
			}
		}
	}
	fs := m.finState()
	fs.nextID++
	fs.cleanups = append(fs.cleanups, &cleanReg{id: fs.nextID, obj: p, ptrT: ptrT, fn: cl, arg: arg})
	return Value{R: []Value{{N: fs.nextID}, {}}}
}

// pushWords pushes the pointer words of v, a value of type t copied into
// a closure: a struct's or array's pointer fields, a slice's array, an
// interface's pointer, not what they point to.
func pushWords(mk *marker, v Value, t types.Type) {
	switch u := t.Underlying().(type) {
	case *types.Struct:
		e := v.Elems()
		for i := 0; i < u.NumFields() && i < len(e); i++ {
			pushWords(mk, e[i], u.Field(i).Type())
		}
	case *types.Array:
		for _, x := range v.Elems() {
			pushWords(mk, x, u.Elem())
		}
	case *types.Slice:
		switch r := v.R.(type) {
		case []Value:
			if cap(r) > 0 {
				mk.push(Value{R: &r[:1][0]})
			}
		case []byte:
			if cap(r) > 0 {
				mk.push(Value{R: &r[:1][0]})
			}
		}
	case *types.Interface:
		if iv := v.Iface(); iv != nil {
			mk.push(iv.V)
		}
	default:
		mk.push(v)
	}
}

// drainOne looks at the pushed values themselves, not what they reach:
// Go's AddCleanup checks the words of arg and of the cleanup's closure.
func (mk *marker) drainOne() {
	for _, v := range mk.stack {
		switch r := v.R.(type) {
		case *Value:
			p := uintptr(unsafe.Pointer(r))
			mk.reach(p, p+valueSize)
		case *byte:
			p := uintptr(unsafe.Pointer(r))
			mk.reach(p, p+1)
		}
	}
	mk.stack = mk.stack[:0]
}

func stopCleanup(c *Ctx, args []Value) Value {
	if c.M.fin == nil {
		return Value{}
	}
	id := Value{}
	if e := args[0].Elems(); len(e) > 0 {
		id = e[0]
	}
	if id.N == 0 {
		return Value{}
	}
	fs := c.M.fin
	fs.cleanups = slices.DeleteFunc(fs.cleanups, func(r *cleanReg) bool { return r.id == id.N })
	return Value{}
}

// collect is runtime.GC: mark, then queue the finalizers and cleanups of
// the registered objects not reached.
func (m *Machine) collect(g *Goroutine, line int32) {
	m.event(g, "gc", 0, line)
	fs := m.fin
	if fs == nil || len(fs.fins) == 0 && len(fs.cleanups) == 0 {
		return
	}
	var objs []*Value
	var typs []*Type
	index := map[*Value]int{}
	add := func(p *Value, ptrT *Type) {
		if _, ok := index[p]; !ok {
			index[p] = len(objs)
			objs = append(objs, p)
			typs = append(typs, ptrT.Elem)
		}
	}
	for _, r := range fs.fins {
		add(r.obj, r.ptrT)
	}
	for _, r := range fs.cleanups {
		add(r.obj, r.ptrT)
	}
	mk := newMarker(objs, typs)
	m.pushRoots(mk)
	for _, r := range fs.fins {
		mk.push(r.fn)
		mk.pushOwned(*r.obj, r.ptrT.Elem, index[r.obj])
	}
	for _, r := range fs.cleanups {
		mk.push(Value{R: r.fn})
		mk.push(r.arg)
	}
	for _, calls := range fs.late {
		for _, v := range calls {
			mk.push(v)
		}
	}
	mk.drain()
	// A tiny object shares its block: whether the block is garbage too is
	// a choice, made once per object and collection.
	kept := map[*Value]bool{}
	dead := func(p *Value, elem *Type) bool {
		if mk.hit[index[p]] {
			return false
		}
		if k, ok := kept[p]; ok {
			return !k
		}
		k := tiny(elem) && m.choose(ChooseGC, 2, nil, -1) == 0
		kept[p] = k
		return !k
	}
	var fins []*finReg
	finalized := map[*Value]bool{}
	fs.fins = slices.DeleteFunc(fs.fins, func(r *finReg) bool {
		if dead(r.obj, r.ptrT.Elem) {
			fins = append(fins, r)
			finalized[r.obj] = true
			return true
		}
		return false
	})
	var cleans []*cleanReg
	fs.cleanups = slices.DeleteFunc(fs.cleanups, func(r *cleanReg) bool {
		// An object whose finalizer runs now is resurrected for it: its
		// cleanups wait for a later collection, as in Go.
		if !finalized[r.obj] && dead(r.obj, r.ptrT.Elem) {
			cleans = append(cleans, r)
			return true
		}
		return false
	})
	if len(fins) > 0 {
		var calls []Value
		for i := len(fins) - 1; i >= 0; i-- {
			r := fins[i]
			arg := Value{R: r.obj}
			if r.wrap {
				arg = Value{R: &Iface{T: r.ptrT, V: arg}}
			}
			calls = append(calls, r.fn, arg)
		}
		m.startRuntimeG(g, "runtime.runFinalizers", "runtime runFinalizers", calls)
	}
	if len(cleans) > 0 {
		var calls []Value
		for _, r := range cleans {
			calls = append(calls, Value{R: r.fn}, r.arg)
		}
		if m.choose(ChooseGC, 2, nil, -1) == 0 {
			m.startRuntimeG(g, "runtime.runCleanups", "runtime runCleanups", calls)
			return
		}
		// Go queues cleanups in per-P blocks that the last sweeper
		// flushes, and that can be the background sweeper, long after GC
		// returned (real Go: a cleanup not run 20ms after runtime.GC in 1
		// of 600 runs, final_cleanup_and_finalizer): the batch starts at
		// a later time instead, its calls roots meanwhile.
		fs.late = append(fs.late, calls)
		m.addTimer(m.now()+lateCleanups, func() {
			fs.late = slices.DeleteFunc(fs.late, func(c []Value) bool { return &c[0] == &calls[0] })
			m.startRuntimeG(g, "runtime.runCleanups", "runtime runCleanups", calls)
		})
	}
}

// lateCleanups is how long after the collection a late cleanup batch
// starts (virtual nanoseconds): later than the sleeps programs wait for
// their cleanups with, as the background sweeper can be.
const lateCleanups = int64(1e9)

// startRuntimeG starts a goroutine of the runtime's that calls
// calls[0](calls[1]), calls[2](calls[3]), … in order. Its traceback ends
// in the runtime frame rt (gen's frame table) and says no "created by".
func (m *Machine) startRuntimeG(by *Goroutine, name, rt string, calls []Value) {
	n := len(calls) / 2
	code := make([]Instr, 0, n+1)
	for i := range n {
		code = append(code, Instr{Op: opCallFunc, A: int32(2 * n), Aux: &callInfo{fnReg: int32(2 * i), args: []int32{int32(2*i + 1)}}})
	}
	code = append(code, Instr{Op: opReturn, Aux: []int32{}})
	thunk := &Func{Name: "thunk", Thunk: true, RecoverPC: -1, compiled: true,
		NParams: 2 * n, NRegs: 2*n + 1, FreeBase: 2*n + 1, ConstBase: 2*n + 1, Code: code}
	ng := m.newGoroutine(thunk, calls, nil)
	ng.site = &goSite{entry: name, rtBottom: rt}
	m.raceGo(by, ng)
}

func init() {
	register("runtime.SetFinalizer", setFinalizer)
	register("runtime.addCleanup", addCleanup)
	register("(runtime.Cleanup).Stop", stopCleanup)
	register("runtime.GC", func(c *Ctx, args []Value) Value {
		c.M.collect(c.G, c.Line)
		return Value{}
	}).Visible = "gc"
}
