package vm

// reflect's intrinsics (runner/std/_overlay/reflect). A reflect.Type is a
// *Type held directly in a pointer's R; a reflect.Value is the struct
// {typ *Type, ptr *Value, flag}, where ptr is the memory cell holding the
// value: the variable itself when the Value is addressable, a fresh cell
// otherwise. Everything about Go's rules (flags, panics, kinds) is Go code
// in the overlay; these functions only know the VM's representation.

import (
	"go/token"
	"go/types"
	"sort"
	"strconv"
)

func init() {
	for name, fn := range reflectIntrinsics {
		register(name, fn)
	}
	// Convert's read of the value converted, which the race detector sees
	// (raceReflectConvert): a range site.
	lookupIntrinsic("reflect.convertCell").rangeRead = true
	// typedmemmove(t, dst, src), Value.Set's copy: the runtime's write of
	// dst and read of src, which the race detector sees (rangeWrite).
	typedmemmove := register("reflect.typedmemmove", func(c *Ctx, a []Value) Value {
		t := rt(a[0])
		if c.M.race != nil {
			const top = "reflect.typedmemmove"
			if c.M.raceCell(c.G, a[1], t, true, top); !c.M.done {
				c.M.raceCell(c.G, a[2], t, false, top)
			}
			if c.M.done {
				return Value{}
			}
		}
		c.M.writes++ // the fairness rule's count (fair.go)
		if c.rangeV {
			// At a visible site the store joins the store buffer, a
			// word at a time, as typedmemmove's plain stores (sbWrite).
			c.M.sbStorePtr(c.G, a[1], c.M.sbLoadPtr(c.G, a[2], t), t)
		} else {
			storePtr(a[1], loadPtr(a[2], nil), t)
		}
		return Value{}
	})
	typedmemmove.rangeWrite, typedmemmove.sbWrite = true, true
	// typedslicecopy(t, dst, src, n), Copy's: the runtime's slicecopy of n
	// elements of type t from the slice or array in cell src to the one in
	// cell dst, as memmove (overlapping ranges copy through a snapshot).
	// The race detector sees the write of dst's elements, then the read of
	// src's, under Go's frames (reflect.Copy itself is not among them).
	typedslicecopy := register("reflect.typedslicecopy", func(c *Ctx, a []Value) Value {
		t, n := rt(a[0]), int(a[3].Int())
		dst, src := *cell(a[1]), *cell(a[2])
		if c.M.race != nil {
			names := []string{"reflect.typedslicecopy", "runtime.slicecopy"}
			if c.M.raceElemsFrom(c.G, dst, n, t, true, true, names...); !c.M.done {
				c.M.raceElemsFrom(c.G, src, n, t, false, true, names...)
			}
			if c.M.done {
				return Value{}
			}
		}
		vals := make([]Value, n)
		for i := range vals {
			if c.rangeV {
				vals[i] = c.M.sbLoadPtr(c.G, elemAddr(src, i), t)
			} else {
				vals[i] = loadPtr(elemAddr(src, i), t)
			}
		}
		// At a visible site the stores join the store buffer, first to
		// last, as memmove's (sbWrite).
		var sr sbRange
		buffered := c.rangeV && !c.G.inline && n > 0
		if buffered {
			d := sbSpan{vals: nil, et: t}
			if b := bytesOf(dst); b != nil {
				d = sbSpan{bs: b[:n]}
			} else {
				d.vals = dst.Elems()[:n]
			}
			sr = c.M.sbSpanBegin(c.G, d)
		}
		for i, v := range vals {
			storePtr(elemAddr(dst, i), v, t)
		}
		if buffered {
			c.M.sbRangeEnd(c.G, sr)
		}
		c.M.writes++ // the fairness rule's count (fair.go)
		return Value{}
	})
	typedslicecopy.rangeWrite, typedslicecopy.sbWrite = true, true
	// packEface(t, p, addr), Interface()'s copy: of a variable (addr), a
	// read the race detector sees (rangeRead): gc's packEface copies an
	// addressable value with typedmemmove, or loads a pointer-shaped one.
	register("reflect.packEface", func(c *Ctx, a []Value) Value {
		t := rt(a[0])
		if c.M.race != nil && a[2].Bool() {
			if directIface(t) {
				c.M.raceCell(c.G, a[1], t, false, "reflect.packEface")
			} else {
				c.M.raceCell(c.G, a[1], t, false, "reflect.packEface", "reflect.packEfaceData", "reflect.typedmemmove")
			}
			if c.M.done {
				return Value{}
			}
		}
		if c.rangeV && a[2].Bool() {
			return Value{R: &Iface{T: t, V: c.M.sbLoadPtr(c.G, a[1], t)}}
		}
		return Value{R: &Iface{T: t, V: loadPtr(a[1], t)}}
	}).rangeRead = true
	// Swapper's, in reflect and in internal/reflectlite (sort.Slice's).
	for _, pkg := range []string{"reflect", "internal/reflectlite"} {
		register(pkg+".swapperCase", func(c *Ctx, a []Value) Value {
			return intVal(swapperCase(a[0].Iface().T.Elem))
		})
		swap := register(pkg+".swapElems", swapElems)
		swap.rangeWrite, swap.sbWrite = true, true
	}
	// reflect's map operations are the map operations they stand for, with
	// their scheduling points and the runtime's writing-flag checks
	// (maps.go): fmt prints a map through MapRange, so a goroutine's write
	// must be able to land before, between and during such a print.
	mapArg := func(c *Ctx, a []Value) *Map {
		if p := cell(a[1]); p != nil {
			switch r := p.R.(type) {
			case *Map:
				return r
			case *mapIter:
				return r.m
			}
		}
		return nil
	}
	for name, op := range map[string]string{
		"reflect.mapIndex": "map.read", "reflect.mapEntries": "map.iter",
		"reflect.mapIterNext": "map.iter", "reflect.mapAssign": "map.write",
	} {
		in := intrinsics[name]
		in.Visible = op
		write := op == "map.write"
		in.noFence = true // plain loads and stores (storebuf.go)
		in.Obj = func(c *Ctx, a []Value) (any, bool) {
			if mp := mapArg(c, a); mp != nil && !reflectMapBroad(c, name, a, mp) {
				return mp, write
			}
			return nil, write // nil, or a step that ends the process: dependent with everything
		}
	}
	// Value.Len of a map is reflect.maplen: a read of the map's count
	// without the writing-flag check, which -race reports against a write
	// (as len(m) in the program's code): a range site, made a scheduling
	// point once it raced.
	intrinsics["reflect.mapLen"].rangeRead = true
	// IsNil and Pointer read the variable, Len and Cap of a slice its
	// header: range sites too (raceReflectWord).
	for _, name := range []string{"reflect.isNilCell", "reflect.sliceLen", "reflect.sliceCap", "reflect.addrOf"} {
		intrinsics[name].rangeRead = true
	}
}

// raceReflectWord records reflect's read, on the host, of the variable p
// (a pointer, map, channel, func or interface, or a slice's header: one
// cell here) under the reflect method that reads it (and names, the
// frames Go's report shows above it): IsNil and Pointer, which Go's -race
// reports. Go's does not see Len's and Cap's read of a slice header
// (quietOnly): only exploration's silent detector records those, so that
// the call becomes a scheduling point once it raced (a race under the
// memory model all the same, as clear's), and no report shows them.
func (m *Machine) raceReflectWord(g *Goroutine, p *Value, quietOnly bool, names ...string) {
	r := m.race
	if r == nil || p == nil || quietOnly && !r.quiet {
		return
	}
	t := r.thread(g)
	r.access(m, g, t, r.cell(p), false, false, r.reflectStack(t, g, false, names...))
}

// reflectMapBroad reports whether the pending call of reflect's map
// intrinsic name, with arguments a on the non-nil map mp, is dependent
// with everything: it fails the writing-flag check (reflectMapCheck, on
// each intrinsic's path to it) and ends the process, or it is a write's
// first half (writeBroad).
func reflectMapBroad(c *Ctx, name string, a []Value, mp *Map) bool {
	switch name {
	case "reflect.mapIndex":
		return checkFails(mp, "map.read")
	case "reflect.mapEntries":
		return checkFails(mp, "map.iter")
	case "reflect.mapIterNext":
		it, _ := cell(a[1]).R.(*mapIter)
		return it.began && (it.looking && checkFails(mp, "map.read") || !it.looking && checkFails(mp, "map.iter"))
	case "reflect.mapAssign":
		if !c.G.mapOpen && !isPtr(a[3]) && mp.Len() == 0 {
			return false // a delete from an empty map returns early
		}
		return mp.writeBroad(c.G.mapOpen) // the second half: reflectMapWriteEnd
	}
	return false
}

// checkFails is reflectMapCheck's test: a read of a non-empty map, an
// iteration step or a write while the map is written.
func checkFails(mp *Map, op string) bool {
	if op == "map.read" {
		return mp.readFails()
	}
	return mp.writing
}

// reflectMapCheck is the visible part of a map operation made through
// reflect: a trace event, and Go's fatal error when another goroutine's
// write window is open (reads of an empty map do not check, as in Go). It
// reports false when the run ended.
func (m *Machine) reflectMapCheck(c *Ctx, mp *Map, op, fatal string) bool {
	if mp == nil {
		return true
	}
	m.sbMapSeen(c.G, mp)
	m.reflectEvent(c, op, m.objID(mp))
	if checkFails(mp, op) {
		m.fatal(c.G, fatal)
		return false
	}
	return true
}

// reflectEvent traces an operation made through reflect: reflect's code
// calls the intrinsic, so the event is placed at the user's call (the
// innermost frame in prog.go), as maps.Clone's and fmt's output are; the
// call's own line is 0, and an explanation would name prog.go:0.
func (m *Machine) reflectEvent(c *Ctx, op string, obj int) *Event {
	e := m.event(c.G, op, obj, c.Line)
	if e != nil && e.Line == 0 {
		e.Line = int32(c.G.Line())
	}
	return e
}

// reflectMapWriteEnd is the second half of SetMapIndex's write: it lowers
// the writing flag, or finds it lowered by another goroutine's write.
func (m *Machine) reflectMapWriteEnd(c *Ctx, mp *Map) {
	c.G.mapOpen = false
	if e := m.reflectEvent(c, "map.write", m.objID(mp)); e != nil {
		e.End = true
	}
	if mp.writeFails(true) {
		m.fatal(c.G, "concurrent map writes")
		return
	}
	mp.writing = false
}

// swapperCase is which closure of Go's Swapper serves slices of et: 3 a
// pointer-sized element with pointers, 4 a string, 5 to 8 an element of
// 8, 4, 2 or 1 bytes without pointers, 9 any other (the typedmemmove
// case). Go numbers them func3 to func9 (func1 and func2 serve lengths 0
// and 1).
func swapperCase(et *Type) int64 {
	if hasPointers(et) {
		switch {
		case et.Size == 8:
			return 3
		case et.Kind == KString:
			return 4
		}
		return 9
	}
	switch et.Size {
	case 8:
		return 5
	case 4:
		return 6
	case 2:
		return 7
	case 1:
		return 8
	}
	return 9
}

// swapElems(slice any, i, j int, fast bool) swaps elements i and j of
// slice. It checks i, then j, as Go's closures do: a fast one (is[i],
// is[j] = is[j], is[i]) panics with a runtime index error, the general one
// with reflect's "slice index out of range". With the race detector on it
// records Go's accesses — the fast closure reads is[j] and is[i] and
// writes is[i] and is[j]; the general one's three typedmemmoves through a
// scratch cell read i, write i, read j, write j — so a goroutine's read
// of an element races with sort.Slice's swap as in Go, and race-directed
// exploration makes the call a scheduling point (rangeWrite).
func swapElems(c *Ctx, a []Value) Value {
	iv := a[0].Iface()
	s, et, fast := iv.V, iv.T.Elem, a[3].Bool()
	n := seqLen(s)
	for _, k := range a[1:3] {
		if uint64(k.N) < uint64(n) {
			continue
		}
		if fast {
			c.M.indexError(c.G, k, n)
		} else {
			intrPanicString(c, "reflect: slice index out of range")
		}
		return Value{}
	}
	x, y := elemAddr(s, int(a[1].Int())), elemAddr(s, int(a[2].Int()))
	if c.M.race != nil {
		order := [4]struct {
			p     Value
			write bool
		}{{y, false}, {x, false}, {x, true}, {y, true}}
		if !fast {
			order = [4]struct {
				p     Value
				write bool
			}{{x, false}, {x, true}, {y, false}, {y, true}}
		}
		var top []string // the fast closure's own accesses
		if !fast {
			top = []string{"reflect.typedmemmove"} // the runtime's, which shows it
		}
		for _, o := range order {
			if c.M.raceCell(c.G, o.p, et, o.write, top...); c.M.done {
				return Value{}
			}
		}
	}
	c.M.writes++ // the fairness rule's count (fair.go)
	if c.rangeV {
		// At a visible site: the closure's loads read as visible loads
		// do, and its two stores join the store buffer (sbWrite).
		vy := c.M.sbLoadPtr(c.G, y, et)
		vx := c.M.sbLoadPtr(c.G, x, et)
		c.M.sbStorePtr(c.G, x, vy, et)
		c.M.sbStorePtr(c.G, y, vx, et)
		return Value{}
	}
	tmp := loadPtr(x, et)
	storePtr(x, loadPtr(y, nil), et)
	storePtr(y, tmp, et)
	return Value{}
}

// raceCell records an access of an intrinsic on the host to the cell p
// points at (a *Value or compact *byte) holding a value of type t, at the
// caller's position, under the runtime functions Go's report shows above
// it (reflectStack), outermost first.
func (m *Machine) raceCell(g *Goroutine, p Value, t *Type, write bool, names ...string) {
	m.raceCellFrom(g, p, t, write, false, names...)
}

// raceElems records an access to the first n elements (all, if n < 0) of
// type t of the slice or array s as one range, as the runtime's
// racereadrangepc and racewriterangepc do, with the stack reflectStack
// builds.
func (m *Machine) raceElems(g *Goroutine, s Value, n int, t *Type, write bool, names ...string) {
	m.raceElemsFrom(g, s, n, t, write, false, names...)
}

// raceElemsFrom is raceElems, without the caller's own frame when dropTop.
func (m *Machine) raceElemsFrom(g *Goroutine, s Value, n int, t *Type, write, dropTop bool, names ...string) {
	if l := seqLen(s); n < 0 || n > l {
		n = l
	}
	r := m.race
	th := r.thread(g)
	r.accessRange(m, g, th, s, 0, n, t, write, r.reflectStack(th, g, dropTop, names...))
}

// raceCellFrom is raceCell, without the caller's own frame when dropTop
// (Go's report of reflect.Copy's slicecopy shows the program's frame
// below typedslicecopy).
func (m *Machine) raceCellFrom(g *Goroutine, p Value, t *Type, write, dropTop bool, names ...string) {
	r := m.race
	th := r.thread(g)
	st := r.reflectStack(th, g, dropTop, names...)
	switch q := p.R.(type) {
	case *Value:
		r.accessLeaves(m, g, th, q, t, write, st)
	case *byte:
		r.access(m, g, th, r.cellB(q), write, false, st)
	}
}

// raceReflectConvert records the reads Go's Value.Convert makes of the value of
// type from in cell p (a variable when addr) on its way to type to, with
// the frames of Go's reports: convertOp's function (cvtInt, cvtFloat,
// cvtDirect…) and the accessor it reads through. A slice's elements are
// read by the runtime's conversion or copy whatever the Value is.
func (m *Machine) raceReflectConvert(g *Goroutine, p Value, from, to *Type, addr bool) {
	cell := func(t *Type, names ...string) {
		if addr && !m.done {
			m.raceCell(g, p, t, false, names...)
		}
	}
	elems := func(t *Type, n int, names ...string) {
		if !m.done {
			m.raceElems(g, loadPtr(p, nil), n, t, false, names...)
		}
	}
	// cvt names the function convertOp picks for integers and floats by
	// the kind converted to.
	cvt := func(toInt, toUint, toFloat, toString string) string {
		switch {
		case to.Signed():
			return toInt
		case to.IsInteger():
			return toUint
		case to.IsFloat():
			return toFloat
		case to.Kind == KString:
			return toString
		}
		return ""
	}
	switch {
	case from.Signed():
		cell(from, cvt("reflect.cvtInt", "reflect.cvtInt", "reflect.cvtIntFloat", "reflect.cvtIntString"), "reflect.Value.Int")
	case from.IsInteger():
		cell(from, cvt("reflect.cvtUint", "reflect.cvtUint", "reflect.cvtUintFloat", "reflect.cvtUintString"), "reflect.Value.Uint")
	case from.IsFloat():
		if from.Kind == KFloat32 && to.Kind == KFloat32 {
			cell(from, "reflect.cvtFloat") // read in place, no Float()
		} else {
			cell(from, cvt("reflect.cvtFloatInt", "reflect.cvtFloatUint", "reflect.cvtFloat", ""), "reflect.Value.Float")
		}
	case from.Kind == KComplex64 || from.Kind == KComplex128:
		cell(from, "reflect.cvtComplex", "reflect.Value.Complex")
	case from.Kind == KString && to.Kind == KSlice:
		if to.Elem.Kind == KUint8 {
			cell(from, "reflect.cvtStringBytes", "reflect.Value.String")
		} else {
			cell(from, "reflect.cvtStringRunes", "reflect.Value.String")
		}
	case from.Kind == KSlice && to.Kind == KString:
		if from.Elem.Kind == KUint8 {
			cell(from, "reflect.cvtBytesString", "reflect.Value.Bytes")
			elems(from.Elem, -1, "reflect.cvtBytesString", "runtime.slicebytetostring")
		} else {
			cell(from, "reflect.cvtRunesString", "reflect.Value.runes")
			elems(from.Elem, -1, "reflect.cvtRunesString", "runtime.slicerunetostring")
		}
	case from.Kind == KSlice && to.Kind == KArray:
		cell(from, "reflect.cvtSliceArray")
		elems(from.Elem, int(to.Len), "reflect.cvtSliceArray", "reflect.typedmemmove")
	case from.Kind == KSlice && to.Kind == KPointer:
		cell(from, "reflect.cvtSliceArrayPtr")
	default:
		// cvtDirect copies a variable with typedmemmove.
		cell(from, "reflect.cvtDirect", "reflect.typedmemmove")
	}
}

// directIface reports whether gc stores a value of type t in an
// interface's data word itself (pointer-shaped: a pointer, map, channel,
// func, unsafe.Pointer, or a struct or array of one such element).
func directIface(t *Type) bool {
	switch t.Kind {
	case KPointer, KMap, KChan, KFunc, KUnsafePointer:
		return true
	case KStruct:
		return len(t.Fields) == 1 && directIface(t.Fields[0])
	case KArray:
		return t.Len == 1 && directIface(t.Elem)
	}
	return false
}

// reflectMapFuncs are the functions Go's race reports show above a reflect
// map operation op ("access", "assign", "delete") on a map of type t,
// outermost first: the string-key fast path reflect takes for elements up
// to 128 bytes, else the general one.
func reflectMapFuncs(t *Type, op string) []string {
	if t.Key.Kind == KString && t.Elem.Size <= 128 {
		switch op {
		case "access":
			return []string{"reflect.mapaccess_faststr", "runtime.mapaccess2_faststr"}
		case "assign":
			return []string{"reflect.mapassign_faststr0", "runtime.mapassign_faststr"}
		}
		return []string{"reflect.mapdelete_faststr", "runtime.mapdelete_faststr"}
	}
	switch op {
	case "access":
		return []string{"reflect.mapaccess", "runtime.mapaccess1"}
	case "assign":
		return []string{"reflect.mapassign0", "runtime.mapassign"}
	}
	return []string{"reflect.mapdelete", "runtime.mapdelete"}
}

// reflectKindOf maps the VM's kinds to reflect.Kind's numbering.
var reflectKindOf = [...]uint64{
	KInvalid: 0, KBool: 1, KInt: 2, KInt8: 3, KInt16: 4, KInt32: 5, KInt64: 6,
	KUint: 7, KUint8: 8, KUint16: 9, KUint32: 10, KUint64: 11, KUintptr: 12,
	KFloat32: 13, KFloat64: 14, KComplex64: 15, KComplex128: 16, KArray: 17,
	KChan: 18, KFunc: 19, KInterface: 20, KMap: 21, KPointer: 22, KSlice: 23,
	KString: 24, KStruct: 25, KUnsafePointer: 26, KTuple: 0,
}

// rt reads a *rtype argument.
func rt(v Value) *Type {
	t, _ := v.R.(*Type)
	return t
}

// rtVal is a *rtype result; nil stays a nil pointer.
func rtVal(t *Type) Value {
	if t == nil {
		return Value{}
	}
	return Value{R: t}
}

// cell reads an unsafe.Pointer argument that points at a VM cell. A cell
// may also be an element of compact byte storage (a *byte, bytes.go), which
// only loadPtr and storePtr read and write; cell is for cells of the other
// kinds.
func cell(v Value) *Value {
	p, _ := v.R.(*Value)
	return p
}

func cellVal(v Value) Value { return Value{R: &v} }

// sliceVal holds a slice, keeping a nil slice nil (R == nil).
func sliceVal(s []Value) Value {
	if s == nil {
		return Value{}
	}
	return Value{R: s}
}

func (c *Ctx) intern(t types.Type) *Type { return c.M.prog.types.intern(t) }

func sigOf(t *Type) *types.Signature {
	s, _ := t.T.Underlying().(*types.Signature)
	return s
}

// reflectMethod is one entry of a type's reflect method table.
type reflectMethod struct {
	name, pkg string
	key       string // the VM's method key (methodKey)
	sig       *types.Signature
}

// reflectMethods is t's methods as reflect numbers them: sorted by name;
// an interface's every method, other types' exported methods. The list is
// kept on t (a process-wide map by *Type kept every replaced image alive).
func reflectMethods(t *Type) []reflectMethod {
	if ms := t.reflectMethods.Load(); ms != nil {
		return *ms
	}
	var ms []reflectMethod
	add := func(f *types.Func) {
		m := reflectMethod{name: f.Name(), key: methodKey(f), sig: f.Type().(*types.Signature)}
		if !f.Exported() && f.Pkg() != nil {
			m.pkg = f.Pkg().Path()
		}
		ms = append(ms, m)
	}
	if it, ok := t.T.Underlying().(*types.Interface); ok {
		for i := 0; i < it.NumMethods(); i++ {
			add(it.Method(i))
		}
	} else {
		mset := types.NewMethodSet(t.T)
		for i := 0; i < mset.Len(); i++ {
			if f := mset.At(i).Obj().(*types.Func); f.Exported() {
				add(f)
			}
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].name < ms[j].name })
	t.reflectMethods.Store(&ms)
	return ms
}

// methodFunc is t's compiled method with key, or a panic saying why not.
func methodFunc(c *Ctx, t *Type, key string) *Func {
	if fn := t.Method(key); fn != nil {
		return fn
	}
	intrPanicString(c, "reflect: method "+key+" of "+t.Name+" was not compiled: Interleave compiles the methods of types the program converts to interfaces")
	return nil
}

// fieldOffsets is gc's offset of each field of struct st.
func fieldOffsets(tt *typeTable, st *types.Struct) []int64 {
	tt.mu.Lock()
	defer tt.mu.Unlock()
	offs := make([]int64, st.NumFields())
	var off int64
	for i := range offs {
		fs, fa := tt.sizes.layout(st.Field(i).Type())
		off = (off + fa - 1) &^ (fa - 1)
		offs[i] = off
		off += fs
	}
	return offs
}

func typeAlign(tt *typeTable, t types.Type) int64 {
	tt.mu.Lock()
	defer tt.mu.Unlock()
	_, a := tt.sizes.layout(t)
	return a
}

// reflectName is reflect.Type.Name: the unqualified name of a defined or
// predeclared type, type arguments included, "" otherwise.
func reflectName(t *Type) string {
	switch types.Unalias(t.T).(type) {
	case *types.Named, *types.Basic, *types.TypeParam:
	default:
		return ""
	}
	s := t.Name
	i, depth := len(s)-1, 0
	for i >= 0 && (s[i] != '.' || depth != 0) {
		switch s[i] {
		case ']':
			depth++
		case '[':
			depth--
		}
		i--
	}
	return s[i+1:]
}

func reflectPkgPath(t *Type) string {
	if n, ok := types.Unalias(t.T).(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Path()
	}
	return ""
}

func tupleTypes(c *Ctx, ts []Value) *types.Tuple {
	vars := make([]*types.Var, len(ts))
	for i, v := range ts {
		vars[i] = types.NewParam(token.NoPos, nil, "", rt(v).T)
	}
	return types.NewTuple(vars...)
}

var reflectIntrinsics = map[string]func(c *Ctx, a []Value) Value{
	"(*reflect.rtype).String":     func(c *Ctx, a []Value) Value { return strVal(rt(a[0]).Name) },
	"(*reflect.rtype).Name":       func(c *Ctx, a []Value) Value { return strVal(reflectName(rt(a[0]))) },
	"(*reflect.rtype).PkgPath":    func(c *Ctx, a []Value) Value { return strVal(reflectPkgPath(rt(a[0]))) },
	"(*reflect.rtype).Size":       func(c *Ctx, a []Value) Value { return Value{N: uint64(rt(a[0]).Size)} },
	"(*reflect.rtype).Align":      func(c *Ctx, a []Value) Value { return intVal(typeAlign(c.M.prog.types, rt(a[0]).T)) },
	"(*reflect.rtype).Comparable": func(c *Ctx, a []Value) Value { return boolVal(comparable(rt(a[0]))) },
	"(*reflect.rtype).kind":       func(c *Ctx, a []Value) Value { return Value{N: reflectKindOf[rt(a[0]).Kind]} },
	"(*reflect.rtype).elem":       func(c *Ctx, a []Value) Value { return rtVal(rt(a[0]).Elem) },
	"(*reflect.rtype).key":        func(c *Ctx, a []Value) Value { return rtVal(rt(a[0]).Key) },
	"(*reflect.rtype).arrayLen":   func(c *Ctx, a []Value) Value { return intVal(rt(a[0]).Len) },
	"(*reflect.rtype).numField":   func(c *Ctx, a []Value) Value { return intVal(int64(len(rt(a[0]).Fields))) },
	"(*reflect.rtype).IsVariadic": func(c *Ctx, a []Value) Value {
		s := sigOf(rt(a[0]))
		if s == nil {
			intrPanicString(c, "reflect: IsVariadic of non-func type "+rt(a[0]).Name)
			return Value{}
		}
		return boolVal(s.Variadic())
	},
	"(*reflect.rtype).numIn":  func(c *Ctx, a []Value) Value { return intVal(int64(sigOf(rt(a[0])).Params().Len())) },
	"(*reflect.rtype).numOut": func(c *Ctx, a []Value) Value { return intVal(int64(sigOf(rt(a[0])).Results().Len())) },
	"(*reflect.rtype).in": func(c *Ctx, a []Value) Value {
		return rtVal(c.intern(sigOf(rt(a[0])).Params().At(int(a[1].Int())).Type()))
	},
	"(*reflect.rtype).out": func(c *Ctx, a []Value) Value {
		return rtVal(c.intern(sigOf(rt(a[0])).Results().At(int(a[1].Int())).Type()))
	},
	"(*reflect.rtype).chanDir": func(c *Ctx, a []Value) Value {
		switch rt(a[0]).T.Underlying().(*types.Chan).Dir() {
		case types.SendOnly:
			return intVal(2)
		case types.RecvOnly:
			return intVal(1)
		}
		return intVal(3)
	},
	"(*reflect.rtype).implements": func(c *Ctx, a []Value) Value {
		it, _ := rt(a[1]).T.Underlying().(*types.Interface)
		return boolVal(it != nil && types.Implements(rt(a[0]).T, it))
	},
	"(*reflect.rtype).assignableTo": func(c *Ctx, a []Value) Value {
		return boolVal(types.AssignableTo(rt(a[0]).T, rt(a[1]).T))
	},
	"(*reflect.rtype).convertibleTo": func(c *Ctx, a []Value) Value {
		return boolVal(types.ConvertibleTo(rt(a[0]).T, rt(a[1]).T))
	},
	"(*reflect.rtype).field": func(c *Ctx, a []Value) Value {
		t := rt(a[0])
		st := t.T.Underlying().(*types.Struct)
		i := int(a[1].Int())
		f := st.Field(i)
		pkg := ""
		if !f.Exported() && f.Pkg() != nil {
			pkg = f.Pkg().Path()
		}
		off := fieldOffsets(c.M.prog.types, st)[i]
		return tuple(strVal(f.Name()), strVal(pkg), rtVal(t.Fields[i]), strVal(st.Tag(i)), Value{N: uint64(off)}, boolVal(f.Embedded()))
	},
	"(*reflect.rtype).numMethod": func(c *Ctx, a []Value) Value { return intVal(int64(len(reflectMethods(rt(a[0]))))) },
	"(*reflect.rtype).method": func(c *Ctx, a []Value) Value {
		t := rt(a[0])
		m := reflectMethods(t)[a[1].Int()]
		mt := c.intern(types.NewSignatureType(nil, nil, nil, m.sig.Params(), m.sig.Results(), m.sig.Variadic()))
		var ft *Type
		if t.Kind != KInterface {
			params := []*types.Var{types.NewParam(token.NoPos, nil, "", t.T)}
			for i := 0; i < m.sig.Params().Len(); i++ {
				params = append(params, m.sig.Params().At(i))
			}
			ft = c.intern(types.NewSignatureType(nil, nil, nil, types.NewTuple(params...), m.sig.Results(), m.sig.Variadic()))
		}
		return tuple(strVal(m.name), strVal(m.pkg), rtVal(mt), rtVal(ft))
	},
	"reflect.methodExprCell": func(c *Ctx, a []Value) Value {
		t := rt(a[0])
		fn := methodFunc(c, t, reflectMethods(t)[a[1].Int()].key)
		if fn == nil {
			return Value{}
		}
		return cellVal(Value{R: &Closure{Fn: fn}})
	},
	"reflect.unquote": func(c *Ctx, a []Value) Value {
		s, err := strconv.Unquote(a[0].Str())
		return tuple(strVal(s), boolVal(err != nil))
	},
	"reflect.typeOf": func(c *Ctx, a []Value) Value {
		if iv := a[0].Iface(); iv != nil {
			return rtVal(iv.T)
		}
		return Value{}
	},
	"reflect.ptrTo":   func(c *Ctx, a []Value) Value { return rtVal(c.intern(types.NewPointer(rt(a[0]).T))) },
	"reflect.sliceOf": func(c *Ctx, a []Value) Value { return rtVal(c.intern(types.NewSlice(rt(a[0]).T))) },
	"reflect.arrayOf": func(c *Ctx, a []Value) Value { return rtVal(c.intern(types.NewArray(rt(a[1]).T, a[0].Int()))) },
	"reflect.mapOf":   func(c *Ctx, a []Value) Value { return rtVal(c.intern(types.NewMap(rt(a[0]).T, rt(a[1]).T))) },
	"reflect.chanOf": func(c *Ctx, a []Value) Value {
		dir := map[int64]types.ChanDir{1: types.RecvOnly, 2: types.SendOnly, 3: types.SendRecv}[a[0].Int()]
		return rtVal(c.intern(types.NewChan(dir, rt(a[1]).T)))
	},
	"reflect.funcOf": func(c *Ctx, a []Value) Value {
		sig := types.NewSignatureType(nil, nil, nil, tupleTypes(c, a[0].Elems()), tupleTypes(c, a[1].Elems()), a[2].Bool())
		return rtVal(c.intern(sig))
	},

	// Values.
	"reflect.unpackEface": func(c *Ctx, a []Value) Value {
		iv := a[0].Iface()
		if iv == nil {
			return tuple(Value{}, Value{})
		}
		// The interface's value is an immutable snapshot: the cell may
		// share it, since only addressable Values are written.
		return tuple(rtVal(iv.T), cellVal(iv.V))
	},
	"reflect.unsafeNew": func(c *Ctx, a []Value) Value {
		t := rt(a[0])
		if !c.M.allocOK(goSize(t.Size, !hasPointers(t)), hostElemBytes(t)) {
			return Value{}
		}
		return cellVal(t.Zero())
	},
	"reflect.fieldPtr": func(c *Ctx, a []Value) Value { return Value{R: &cell(a[0]).Elems()[a[1].Int()]} },
	"reflect.elemPtr":  func(c *Ctx, a []Value) Value { return elemAddr(*cell(a[0]), int(a[1].Int())) },
	"reflect.isNilCell": func(c *Ctx, a []Value) Value {
		if c.M.raceReflectWord(c.G, cell(a[0]), false); c.M.done {
			return Value{}
		}
		return boolVal(isNilRef(cell(a[0]).R))
	},
	"reflect.sliceLen": func(c *Ctx, a []Value) Value {
		if c.M.raceReflectWord(c.G, cell(a[0]), true); c.M.done {
			return Value{}
		}
		return intVal(int64(seqLen(*cell(a[0]))))
	},
	"reflect.sliceCap": func(c *Ctx, a []Value) Value {
		if c.M.raceReflectWord(c.G, cell(a[0]), true); c.M.done {
			return Value{}
		}
		return intVal(int64(seqCap(*cell(a[0]))))
	},
	"reflect.mapLen": func(c *Ctx, a []Value) Value {
		m, _ := cell(a[0]).R.(*Map)
		if c.M.race != nil && m != nil {
			c.M.raceReflectMap(c.G, m, false, false, "reflect.maplen")
		}
		c.M.sbMapSeen(c.G, m)
		return intVal(int64(m.Len()))
	},
	"reflect.chanLen": func(c *Ctx, a []Value) Value {
		if ch, _ := cell(a[0]).R.(*Chan); ch != nil && ch.timer == nil {
			return intVal(int64(len(ch.buf)))
		}
		return intVal(0)
	},
	"reflect.chanCap": func(c *Ctx, a []Value) Value {
		if ch, _ := cell(a[0]).R.(*Chan); ch != nil && ch.timer == nil {
			return intVal(int64(ch.size))
		}
		return intVal(0)
	},
	"reflect.addrOf": func(c *Ctx, a []Value) Value {
		// Value.Pointer reads the variable: Go's -race reports the read of
		// a pointer, map or channel under reflect.Value.pointer, and does
		// not see a slice header's or a func's (raceReflectWord).
		t := rt(a[0])
		switch t.Kind {
		case KPointer, KMap, KChan, KUnsafePointer:
			c.M.raceReflectWord(c.G, cell(a[1]), false, "reflect.Value.pointer")
		default:
			c.M.raceReflectWord(c.G, cell(a[1]), true)
		}
		if c.M.done {
			return Value{}
		}
		// The same fake addresses %p prints.
		return Value{N: c.M.fakePointer(loadPtr(a[1], nil), t)}
	},
	"reflect.makeSlice": func(c *Ctx, a []Value) Value {
		s, err := c.M.makeSlice(rt(a[0]), a[1], a[2])
		if err != "" {
			c.M.runtimeError(c.G, err)
		}
		return cellVal(s)
	},
	"reflect.makeMap": func(c *Ctx, a []Value) Value { return cellVal(Value{R: newMap(rt(a[0]))}) },
	"reflect.makeChan": func(c *Ctx, a []Value) Value {
		return cellVal(Value{R: newChan(rt(a[0]).Elem, int(a[1].Int()))})
	},
	"reflect.sliceCell": func(c *Ctx, a []Value) Value {
		i, j, k := a[2].Int(), a[3].Int(), a[4].Int()
		return cellVal(reslice(*cell(a[1]), int(i), int(j), int(k)))
	},
	"reflect.growSlice": func(c *Ctx, a []Value) Value {
		t := rt(a[0])
		n := int(a[2].Int())
		if n == 0 {
			return cellVal(*cell(a[1]))
		}
		if t.compact() {
			return cellVal(bytesVal(c.M.growBytes(bytesOf(*cell(a[1])), n)))
		}
		s := cell(a[1]).Elems()
		old := len(s)
		s = c.M.grow(s, n, t.Elem)
		if t.Elem.IsAggregate() && len(s) == old+n {
			// grow leaves the new elements to its caller: they are zero.
			for i := old; i < len(s); i++ {
				s[i] = t.Elem.Zero()
			}
		}
		return cellVal(sliceVal(s))
	},
	"reflect.setSliceLen": func(c *Ctx, a []Value) Value {
		p := cell(a[0])
		c.M.writes++
		*p = reslice(*p, 0, int(a[1].Int()), seqCap(*p))
		return Value{}
	},
	"reflect.setSliceCap": func(c *Ctx, a []Value) Value {
		p := cell(a[0])
		c.M.writes++
		*p = reslice(*p, 0, seqLen(*p), int(a[1].Int()))
		return Value{}
	},
	"reflect.mapIndex": func(c *Ctx, a []Value) Value {
		t := rt(a[0])
		mp, _ := cell(a[1]).R.(*Map)
		if !c.M.reflectMapCheck(c, mp, "map.read", "concurrent map read and map write") {
			return Value{}
		}
		key := loadPtr(a[2], nil)
		if c.M.race != nil && mp != nil {
			c.M.raceReflectMap(c.G, mp, false, true, reflectMapFuncs(t, "access")...)
		}
		v, found, bad := mp.Get(c.M, key, t)
		if bad != nil {
			c.M.unhashablePanic(c.G, bad, mp.Len() == 0)
			return Value{}
		}
		if !found {
			return tuple(Value{}, boolVal(false))
		}
		if c.M.race != nil {
			if hk, bad := c.M.hashKey(key, t.Key); bad == nil {
				c.M.raceReflectSlot(c.G, mp, hk)
			}
		}
		return tuple(cellVal(copyVal(v, t.Elem)), boolVal(true))
	},
	"reflect.mapEntries": func(c *Ctx, a []Value) Value {
		t := rt(a[0])
		mp, _ := cell(a[1]).R.(*Map)
		if !c.M.reflectMapCheck(c, mp, "map.iter", "concurrent map iteration and map write") {
			return Value{}
		}
		if c.M.race != nil && mp != nil {
			// MapKeys reads the map's length first (Go's report shows it).
			c.M.raceReflectMap(c.G, mp, false, false, "reflect.maplen")
		}
		keys, vals := mp.Entries()
		ks, vs := make([]Value, len(keys)), make([]Value, len(vals))
		for i := range keys {
			ks[i] = cellVal(copyVal(keys[i], t.Key))
			vs[i] = cellVal(copyVal(vals[i], t.Elem))
		}
		return tuple(Value{R: ks}, Value{R: vs})
	},
	"reflect.mapAssign": func(c *Ctx, a []Value) Value {
		mp, _ := cell(a[1]).R.(*Map)
		if c.G.mapOpen {
			c.M.reflectMapWriteEnd(c, mp)
			return Value{}
		}
		key := loadPtr(a[2], nil)
		del := !isPtr(a[3])
		if mp == nil || del && mp.Len() == 0 {
			if !del {
				c.M.runtimePlain(c.G, "assignment to entry in nil map")
			} else if bad := unhashable(key, rt(a[0]).Key); bad != nil {
				c.M.unhashablePanic(c.G, bad, true)
			}
			return Value{} // delete from a nil or empty map returns early
		}
		if !c.M.reflectMapCheck(c, mp, "map.write", "concurrent map writes") {
			return Value{}
		}
		if c.M.race != nil {
			op := "assign"
			if del {
				op = "delete"
			}
			c.M.raceReflectMap(c.G, mp, true, false, reflectMapFuncs(rt(a[0]), op)...)
		}
		mp.writing = true
		var bad *Type
		if del {
			bad = mp.remove(c.M, key)
		} else {
			bad = mp.set(c.M, key, loadPtr(a[3], nil))
		}
		if bad != nil {
			// The hash panics before the writing flag goes up.
			mp.writing = false
			c.M.unhashablePanic(c.G, bad, false)
			return Value{}
		}
		if c.G.inline {
			mp.writing = false // the runtime's own calls happen at once
			return Value{}
		}
		c.G.mapOpen = true
		c.Again() // the second half is the next visible operation
		return Value{}
	},
	"reflect.mapIterInit": func(c *Ctx, a []Value) Value {
		mp, _ := cell(a[1]).R.(*Map)
		it := &mapIter{m: mp}
		if mp != nil {
			for i, ok := range mp.live {
				if ok {
					it.hks = append(it.hks, mp.hostKey(i))
				}
			}
			it.began, it.inserts, it.grows = len(it.hks) > 0, mp.inserts, mp.grows
		}
		return cellVal(Value{R: it})
	},
	"reflect.mapIterNext": func(c *Ctx, a []Value) Value {
		t := rt(a[0])
		it, _ := cell(a[1]).R.(*mapIter)
		if it.began {
			// Every Next of an iteration that began with entries
			// checks the flag, the last one too (as the range's).
			if !it.looking {
				if !c.M.reflectMapCheck(c, it.m, "map.iter", "concurrent map iteration and map write") {
					return Value{}
				}
				if it.relooks() && !c.G.inline {
					// The lookup in the grown map (see opMapNext):
					// a second point, this call's next step.
					it.looking = true
					c.Again()
					return Value{}
				}
			} else {
				it.looking = false
				if !c.M.reflectMapCheck(c, it.m, "map.read", "concurrent map read and map write") {
					return Value{}
				}
			}
			it.advance(c.M)
		}
		if c.M.race != nil && it.m != nil && !it.finished() {
			fn := "reflect.mapIterNext"
			if it.i == 0 {
				fn = "reflect.mapIterStart"
			}
			c.M.raceReflectMap(c.G, it.m, false, false, "reflect.(*MapIter).Next", fn)
		}
		c.M.writes++
		r := it.next().R.([]Value)
		if !r[0].Bool() {
			return tuple(Value{}, Value{}, boolVal(false))
		}
		return tuple(cellVal(copyVal(r[1], t.Key)), cellVal(copyVal(r[2], t.Elem)), boolVal(true))
	},
	"reflect.mapIterValue": func(c *Ctx, a []Value) Value {
		if it, _ := cell(a[0]).R.(*mapIter); c.M.race != nil && it != nil && it.m != nil && it.i > 0 && it.i <= len(it.hks) {
			c.M.raceReflectSlot(c.G, it.m, it.hks[it.i-1])
		}
		return Value{}
	},
	"reflect.convertCell": func(c *Ctx, a []Value) Value {
		from, to := rt(a[0]), rt(a[2])
		if c.M.race != nil {
			if c.M.raceReflectConvert(c.G, a[1], from, to, a[3].Bool()); c.M.done {
				return Value{}
			}
		}
		v, err := c.M.convert(loadPtr(a[1], nil), from, to)
		if err != "" {
			c.M.runtimeError(c.G, err)
			return Value{}
		}
		return cellVal(copyVal(v, to))
	},
	"reflect.call": reflectCall,
}

// reflectCall is reflect's call: a func value, or method i of a receiver,
// run to completion like the methods fmt calls. A panic inside goes on in
// the caller.
func reflectCall(c *Ctx, a []Value) Value {
	var fn *Func
	var env []Value
	var args []Value
	if p := cell(a[0]); p != nil {
		cl, _ := p.R.(*Closure)
		if cl == nil {
			c.M.nilDeref(c.G)
			return Value{}
		}
		fn, env = cl.Fn, cl.Env
	} else {
		t, recv := rt(a[1]), loadPtr(a[2], nil)
		m := reflectMethods(t)[a[3].Int()]
		if t.Kind == KInterface {
			iv := recv.Iface()
			if iv == nil {
				c.M.nilDeref(c.G)
				return Value{}
			}
			t, recv = iv.T, iv.V
		}
		if fn = methodFunc(c, t, m.key); fn == nil {
			return Value{}
		}
		args = append(args, recv)
	}
	for _, p := range a[4].Elems() {
		args = append(args, loadPtr(p, nil))
	}
	res, pv, _ := c.M.callInline(fn, args, env)
	if c.M.done {
		return Value{}
	}
	if pv != nil {
		c.M.startPanic(c.G, Value{R: pv}, false)
		return Value{}
	}
	sig := fn.SSA.Signature
	var outs []Value
	switch n := sig.Results().Len(); n {
	case 0:
	case 1:
		outs = []Value{cellVal(res)}
	default:
		for _, r := range res.Elems() {
			outs = append(outs, cellVal(r))
		}
	}
	return sliceVal(outs)
}

// intrPanicString makes the calling goroutine panic with a string value.
func intrPanicString(c *Ctx, msg string) {
	if c == nil || c.M == nil || c.G == nil {
		return
	}
	c.M.startPanic(c.G, Value{R: &Iface{T: c.M.prog.stringType, V: strVal(msg)}}, false)
}
