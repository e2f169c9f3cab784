package vm

import (
	"fmt"
	"go/types"
	"strconv"
)

// Host fast paths for Go's own fmt (compiled from GOROOT; the hooks are in
// runner/std/_overlay/fmt). Printing an operand of a predeclared kind takes
// Go's fmt a few hundred VM instructions (printArg's type switch, fmtInteger,
// padding, strconv); here the host's fmt — the same Go release, so the same
// text — formats it from fmt's own state (flags, width, precision, verb) in
// one call, and the VM appends the text to the printer's buffer.
//
// Only what cannot differ is taken: values of a basic kind whose type has no
// methods (so fmt calls no Error, String, GoString or Format), with a verb
// that kind accepts (a bad verb prints the type's name, which the host does
// not know). Everything else returns false and runs in Go's fmt.

func init() {
	// formatArg(f *fmt, arg any, verb rune) (string, bool): (*pp).printArg's.
	register("fmt.formatArg", func(c *Ctx, a []Value) Value {
		iv := a[1].Iface()
		if iv == nil || c.rangeV && fmtHoldsShared(iv.T, false) {
			return fmtMiss
		}
		res := fmtFast(c, a[0], iv.T, iv.V, rune(int64(a[2].N)))
		if c.M.race != nil && fmtHit(res) {
			c.M.fmtRaceRead(c, nil, iv.V, iv.T)
		}
		return res
	}).rangeRead = true
	// formatValue(f *fmt, v reflect.Value, verb rune) (string, bool):
	// (*pp).printValue's, for struct fields, elements and named types.
	register("fmt.formatValue", func(c *Ctx, a []Value) Value {
		rv := a[1].Elems() // reflect.Value{typ_, ptr, flag}
		if len(rv) != 3 || rv[2].N&reflectFlagMethod != 0 {
			return fmtMiss
		}
		t := rt(rv[0])
		if t == nil || !isPtr(rv[1]) || c.rangeV && fmtHoldsShared(t, rv[2].N&reflectFlagAddr != 0) {
			return fmtMiss
		}
		var v Value
		if c.rangeV && rv[2].N&reflectFlagAddr != 0 {
			// The variable itself: read as a visible load reads it
			// (fmtHoldsShared left only scalars here).
			v = c.M.sbLoadPtr(c.G, rv[1], nil)
		} else {
			v = loadPtr(rv[1], nil)
		}
		res := fmtFast(c, a[0], t, v, rune(int64(a[2].N)))
		if c.M.race != nil && fmtHit(res) {
			var cell any // the variable itself, when the Value is addressable
			if rv[2].N&reflectFlagAddr != 0 {
				cell = rv[1].R
			}
			c.M.fmtRaceRead(c, cell, v, t)
		}
		return res
	}).rangeRead = true
}

// reflectFlagAddr is the overlay reflect's flagAddr: the Value's cell is
// the variable itself (a slice element, a field reached through a
// pointer), which another goroutine may be writing.
const reflectFlagAddr = 1 << 2

// fmtHoldsShared reports whether formatting a value of type t reads, at
// once, several cells another goroutine may be writing: an aggregate
// holding a slice (whose elements are shared), or an aggregate that is
// itself the variable (addressable). Go's fmt reads such a value a cell at
// a time (printValue walks fields and elements through reflect), so a
// goroutine's writes can land between its reads; at a visible range site
// (Ctx.rangeV) the fast paths decline such values, and Go's fmt, run in
// the VM, reads each cell through formatValue, itself a range site.
func fmtHoldsShared(t *Type, addressable bool) bool {
	if t == nil {
		return false
	}
	switch t.Kind {
	case KStruct, KArray, KSlice:
		return addressable || fmtHoldsSlice(t)
	}
	return false
}

// fmtHit reports whether a fast path formatted its operand.
func fmtHit(res Value) bool { return res.Elems()[1].N != 0 }

// fmtRaceRead records with the race detector the reads of program memory a
// fast path made while formatting v of type t: the cell itself when it is
// the variable (cell, a *Value or *byte; nil for a value fmt holds in an
// interface, a copy nobody else can reach), and the elements of every slice
// inside v, whose backing arrays are shared. Go's fmt reads the same cells
// (through reflect); with the reads recorded, race-directed exploration
// learns that the print races with a goroutine's write and makes the call a
// scheduling point (a range site: rangeRead), so the write can come first.
func (m *Machine) fmtRaceRead(c *Ctx, cell any, v Value, t *Type) {
	r := m.race
	g := c.G
	th := r.thread(g)
	st := r.stack(th, g, g.top().pc, "", "", 0)
	switch p := cell.(type) {
	case *Value:
		r.accessLeaves(m, g, th, p, t, false, st)
	case *byte:
		r.access(m, g, th, r.cellB(p), false, false, st)
	}
	m.fmtRaceSlices(g, th, st, v, t, 0)
}

// fmtRaceSlices records the reads of the elements of the slices inside v.
func (m *Machine) fmtRaceSlices(g *Goroutine, th *raceThread, st *raceStack, v Value, t *Type, depth int) {
	if m.done || t == nil || depth > 32 || !fmtHoldsSlice(t) {
		return
	}
	switch t.Kind {
	case KSlice:
		n := seqLen(v)
		if n == 0 {
			return
		}
		m.race.accessRange(m, g, th, v, 0, n, t.Elem, false, st)
		if fmtHoldsSlice(t.Elem) {
			for _, e := range v.Elems()[:n] {
				m.fmtRaceSlices(g, th, st, e, t.Elem, depth+1)
			}
		}
	case KStruct:
		for i, f := range t.Fields {
			m.fmtRaceSlices(g, th, st, v.Elems()[i], f, depth+1)
		}
	case KArray:
		for _, e := range v.Elems() {
			m.fmtRaceSlices(g, th, st, e, t.Elem, depth+1)
		}
	case KInterface:
		if iv := v.Iface(); iv != nil {
			m.fmtRaceSlices(g, th, st, iv.V, iv.T, depth+1)
		}
	}
}

// fmtHoldsSlice reports whether a value of type t may hold a slice (an
// interface may hold anything).
func fmtHoldsSlice(t *Type) bool {
	switch t.Kind {
	case KSlice, KInterface:
		return true
	case KStruct:
		for _, f := range t.Fields {
			if fmtHoldsSlice(f) {
				return true
			}
		}
	case KArray:
		return fmtHoldsSlice(t.Elem)
	}
	return false
}

// reflectFlagMethod is the overlay reflect's flagMethod (a method value).
const reflectFlagMethod = 1 << 3

var fmtMiss = tuple(strVal(""), boolVal(false))

// fmtState is where fmt's state lives in its struct fmt (GOROOT's
// fmt/format.go): the embedded fmtFlags and the width and precision.
type fmtState struct {
	flags, wid, prec int
	ok               bool
}

// fmtLayout finds fmtState in t, the *fmt type, once per type (explorers
// running in parallel share it).
func fmtLayout(t *Type) fmtState {
	if t != nil {
		if l := t.fmtLayoutMemo.Load(); l != nil {
			return *l
		}
	}
	l := fmtState{flags: -1, wid: -1, prec: -1}
	if t != nil && t.Elem != nil {
		if st, ok := t.Elem.T.Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				switch st.Field(i).Name() {
				case "fmtFlags":
					l.flags = i
				case "wid":
					l.wid = i
				case "prec":
					l.prec = i
				}
			}
		}
	}
	l.ok = l.flags >= 0 && l.wid >= 0 && l.prec >= 0
	if t != nil {
		t.fmtLayoutMemo.Store(&l)
	}
	return l
}

// fmtVerbs lists the verbs each basic kind accepts (print.go's fmtBool,
// fmtInteger, fmtFloat, fmtComplex, fmtString).
func fmtVerbOK(k Kind, verb rune) bool {
	switch {
	case k == KBool:
		return verb == 'v' || verb == 't'
	case k >= KInt && k <= KUintptr:
		switch verb {
		case 'v', 'd', 'b', 'o', 'O', 'x', 'X', 'c', 'q', 'U':
			return true
		}
	case k >= KFloat32 && k <= KComplex128:
		switch verb {
		case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
			return true
		}
	case k == KString:
		switch verb {
		case 'v', 's', 'x', 'X', 'q':
			return true
		}
	}
	return false
}

// fmtNoMethods reports whether fmt would call no method of a value of t.
func fmtNoMethods(t *Type) bool {
	switch tt := types.Unalias(t.T).(type) {
	case *types.Basic:
		return true
	case *types.Named:
		return tt.NumMethods() == 0
	}
	return false
}

// fmtFast formats v of type t as Go's fmt would with the state of the *fmt
// f, or returns fmtMiss.
func fmtFast(c *Ctx, f Value, t *Type, v Value, verb rune) Value {
	if t == nil || t.T == nil {
		return fmtMiss
	}
	aggregate := t.Kind == KStruct || t.Kind == KArray || t.Kind == KSlice
	if aggregate {
		if verb != 'v' || !fmtPlain(t) {
			return fmtMiss
		}
	} else if !fmtVerbOK(t.Kind, verb) || !fmtNoMethods(t) {
		return fmtMiss
	}
	l := fmtLayout(c.ArgType(0))
	st := f.Ptr()
	if !l.ok || st == nil {
		return fmtMiss
	}
	fields := st.Elems()
	flags := fields[l.flags].Elems()
	if len(flags) != 9 {
		return fmtMiss
	}
	// fmtFlags: widPresent, precPresent, minus, plus, sharp, space, zero,
	// plusV, sharpV. A format string turns %+v and %#v into plusV and
	// sharpV, so plus or sharp with the verb v (badVerb printing the operand
	// under the flags of another verb) cannot be said to the host's fmt.
	if verb == 'v' && (flags[3].N != 0 || flags[4].N != 0) {
		return fmtMiss
	}
	var spec [48]byte
	s := append(spec[:0], '%')
	for i, ch := range [...]byte{2: '-', 3: '+', 4: '#', 5: ' ', 6: '0', 7: '+', 8: '#'} {
		if ch != 0 && flags[i].N != 0 {
			s = append(s, ch)
		}
	}
	if flags[0].N != 0 {
		s = strconv.AppendInt(s, int64(fields[l.wid].N), 10)
	}
	if flags[1].N != 0 {
		s = append(s, '.')
		s = strconv.AppendInt(s, int64(fields[l.prec].N), 10)
	}
	s = append(s, string(verb)...)
	if t.Kind == KString && len(s) == 2 && (verb == 'v' || verb == 's') {
		return tuple(v, boolVal(true)) // the string itself
	}
	w := fmtWriter{spec: string(s), plusV: flags[7].N != 0, sharpV: flags[8].N != 0}
	if aggregate {
		if !w.value(t, v) {
			return fmtMiss
		}
	} else {
		w.leaf(t, v)
	}
	return tuple(strVal(string(w.buf)), boolVal(true))
}

// fmtWriter formats on the host what (*pp).printValue would print for
// values of plain types (see fmtPlain), with the verb v.
type fmtWriter struct {
	buf           []byte
	spec          string // the operand's verb with fmt's flags, width and precision, for the leaves
	plusV, sharpV bool
}

// leaf formats a value of a basic kind with the host's fmt.
func (w *fmtWriter) leaf(t *Type, v Value) {
	w.buf = fmt.Appendf(w.buf, w.spec, w.host(t, v))
}

// host is v, of a basic kind, as a host value of the same kind.
func (w *fmtWriter) host(t *Type, v Value) any {
	var x any
	switch t.Kind {
	case KBool:
		x = v.N != 0
	case KInt:
		x = int(int64(v.N))
	case KInt8:
		x = int8(int64(v.N))
	case KInt16:
		x = int16(int64(v.N))
	case KInt32:
		x = int32(int64(v.N))
	case KInt64:
		x = int64(v.N)
	case KUint:
		x = uint(v.N)
	case KUint8:
		x = uint8(v.N)
	case KUint16:
		x = uint16(v.N)
	case KUint32:
		x = uint32(v.N)
	case KUint64:
		x = v.N
	case KUintptr:
		x = uintptr(v.N)
	case KFloat32:
		x = float32(v.Float())
	case KFloat64:
		x = v.Float()
	case KComplex64:
		x = complex64(v.Complex())
	case KComplex128:
		x = v.Complex()
	case KString:
		x = v.Str()
	}
	return x
}

// value formats v of the plain type t as printValue does at depth > 0;
// false if it meets an interface holding a value of a type that is not
// plain.
func (w *fmtWriter) value(t *Type, v Value) bool {
	switch t.Kind {
	case KStruct:
		st, _ := t.T.Underlying().(*types.Struct)
		if st == nil || len(t.Fields) != st.NumFields() {
			return false
		}
		if w.sharpV {
			w.buf = append(w.buf, rtypeString(t)...)
		}
		w.buf = append(w.buf, '{')
		elems := v.Elems()
		for i, ft := range t.Fields {
			if i > 0 {
				if w.sharpV {
					w.buf = append(w.buf, ", "...)
				} else {
					w.buf = append(w.buf, ' ')
				}
			}
			if w.plusV || w.sharpV {
				if name := st.Field(i).Name(); name != "" {
					w.buf = append(w.buf, name...)
					w.buf = append(w.buf, ':')
				}
			}
			if !w.value(ft, elems[i]) {
				return false
			}
		}
		w.buf = append(w.buf, '}')
	case KArray, KSlice:
		n := seqLen(v) // fmtPlain keeps out compact byte storage; either form reads
		if w.sharpV {
			w.buf = append(w.buf, rtypeString(t)...)
			if t.Kind == KSlice && v.R == nil {
				w.buf = append(w.buf, "(nil)"...)
				return true
			}
			w.buf = append(w.buf, '{')
		} else {
			w.buf = append(w.buf, '[')
		}
		for i := range n {
			if i > 0 {
				if w.sharpV {
					w.buf = append(w.buf, ", "...)
				} else {
					w.buf = append(w.buf, ' ')
				}
			}
			if !w.value(t.Elem, seqElem(v, i)) {
				return false
			}
		}
		if w.sharpV {
			w.buf = append(w.buf, '}')
		} else {
			w.buf = append(w.buf, ']')
		}
	case KInterface:
		iv := v.Iface()
		if iv == nil {
			if w.sharpV {
				return false // the interface type's name and (nil)
			}
			w.buf = append(w.buf, "<nil>"...)
			return true
		}
		if iv.T == nil || iv.T.T == nil {
			return false
		}
		switch iv.T.Kind {
		case KStruct, KArray, KSlice:
			return fmtPlain(iv.T) && w.value(iv.T, iv.V)
		}
		if !fmtVerbOK(iv.T.Kind, 'v') || !fmtNoMethods(iv.T) {
			return false
		}
		w.leaf(iv.T, iv.V)
	default:
		w.leaf(t, v)
	}
	return true
}

// fmtPlain reports whether fmt prints every value of t without calling a
// method and without pointers, maps, channels or funcs: t is a basic type
// without methods, or a struct, array or slice type without methods whose
// fields or elements are plain or interfaces (looked at when printed).
// Arrays and slices of one-byte elements are left to Go's fmt, which has
// its own ways with bytes.
func fmtPlain(t *Type) bool {
	if t == nil {
		return false
	}
	if p := t.fmtPlainMemo.Load(); p != 0 {
		return p == 1
	}
	p := fmtPlainOf(t, map[*Type]bool{})
	memo := int32(2)
	if p {
		memo = 1
	}
	t.fmtPlainMemo.Store(memo)
	return p
}

// fmtPlainOf works fmtPlain out; a recursive type meets itself (in seen)
// as plain.
func fmtPlainOf(t *Type, seen map[*Type]bool) bool {
	if t == nil || t.T == nil {
		return false
	}
	if p := t.fmtPlainMemo.Load(); p != 0 {
		return p == 1
	}
	if seen[t] {
		return true
	}
	seen[t] = true
	switch t.Kind {
	case KStruct, KArray, KSlice:
		if types.NewMethodSet(t.T).Len() != 0 {
			return false
		}
	case KInterface:
		return true
	default:
		return fmtVerbOK(t.Kind, 'v') && fmtNoMethods(t)
	}
	if t.Kind == KStruct {
		for _, ft := range t.Fields {
			if !fmtPlainOf(ft, seen) {
				return false
			}
		}
		return true
	}
	switch t.Elem.Kind {
	case KBool, KInt8, KUint8:
		return false
	}
	return fmtPlainOf(t.Elem, seen)
}

// Whole calls: Print, Println and Printf whose operands are all plain are
// formatted at once, saving fmt's per-operand and format-parsing work.
func init() {
	// formatPrint(a []any, line bool) (string, bool): (*pp).doPrint's and
	// doPrintln's.
	register("fmt.formatPrint", func(c *Ctx, a []Value) Value {
		line := a[1].N != 0
		w := fmtWriter{spec: "%v"}
		prevString := false
		for i, op := range a[0].Elems() {
			iv := op.Iface()
			isString := iv != nil && iv.T != nil && iv.T.Kind == KString
			if i > 0 && (line || !isString && !prevString) {
				w.buf = append(w.buf, ' ')
			}
			prevString = isString
			if iv == nil {
				w.buf = append(w.buf, "<nil>"...)
				continue
			}
			if c.rangeV && fmtHoldsShared(iv.T, false) {
				return fmtMiss
			}
			if iv.T == nil || iv.T.T == nil || !fmtPlain(iv.T) || !w.value(iv.T, iv.V) {
				return fmtMiss
			}
		}
		if line {
			w.buf = append(w.buf, '\n')
		}
		if c.M.race != nil {
			for _, op := range a[0].Elems() {
				if iv := op.Iface(); iv != nil {
					c.M.fmtRaceRead(c, nil, iv.V, iv.T)
				}
			}
		}
		return tuple(strVal(string(w.buf)), boolVal(true))
	}).rangeRead = true
	// formatPrintf(format string, a []any) (string, bool): (*pp).doPrintf's,
	// when every operand has a predeclared basic type, which the host's
	// values have too, so even %T and bad verbs print the same.
	register("fmt.formatPrintf", func(c *Ctx, a []Value) Value {
		ops := a[1].Elems()
		xs := make([]any, len(ops))
		for i, op := range ops {
			iv := op.Iface()
			if iv == nil || iv.T == nil {
				return fmtMiss
			}
			if _, ok := iv.T.T.(*types.Basic); !ok || iv.T.Kind == KUnsafePointer {
				return fmtMiss
			}
			var w fmtWriter
			xs[i] = w.host(iv.T, iv.V)
		}
		return tuple(strVal(fmt.Sprintf(a[0].Str(), xs...)), boolVal(true))
	})
}
