package vm

import "unsafe"

// builtin runs a builtin function call. It reports false when the goroutine
// panicked (the frames changed).
func (m *Machine) builtin(g *Goroutine, ci *callInfo, regs []Value, in *Instr) (Value, bool) {
	arg := func(i int) Value { return regs[ci.args[i]] }
	if m.race != nil {
		m.raceBuiltin(g, ci, regs)
	}
	switch ci.builtin {
	case "append", "copy", "clear":
		// They may write memory others can see: the fairness rule counts
		// them as writes (fair.go), even when they write nothing.
		m.writes++
		if ci.private {
			m.privWrites++ // into a private slice (private.go): the cycle check's only
		}
	}
	switch ci.builtin {
	case "len":
		if ci.types[0].Kind == KMap && m.sbMaps > 0 {
			m.sbMapSeen(g, arg(0).R.(*Map))
		}
		return intVal(int64(length(arg(0), ci.types[0]))), true
	case "cap":
		v := arg(0)
		if ci.types[0].Kind == KChan {
			if ch, _ := v.R.(*Chan); ch != nil {
				return intVal(int64(ch.size)), true
			}
			return intVal(0), true
		}
		if ci.types[0].Kind == KPointer {
			return intVal(ci.types[0].Elem.Len), true
		}
		return intVal(int64(seqCap(v))), true
	case "append":
		if ci.listed != nil {
			v := m.appendListed(regs, ci)
			return v, !m.done
		}
		t := ci.types[0]
		if t.compact() {
			if len(ci.args) < 2 {
				return arg(0), true
			}
			v := m.appendBytes(arg(0), arg(1))
			return v, !m.done
		}
		s := arg(0).Elems()
		var add []Value
		if len(ci.args) == 2 && ci.types[1].Kind == KString {
			// append([]byte, string...): bytes straight into the slice.
			str := arg(1).Str()
			if str == "" {
				return arg(0), true
			}
			s = m.grow(s, len(str), t.Elem)
			if m.done {
				return Value{}, false
			}
			start := len(s) - len(str)
			for i := 0; i < len(str); i++ {
				s[start+i] = Value{N: uint64(str[i])}
			}
			return Value{R: s}, !m.done
		} else if len(ci.args) > 1 {
			add = arg(1).Elems()
		}
		if len(add) == 0 {
			return arg(0), true
		}
		return Value{R: m.appendValues(s, add, t.Elem)}, !m.done
	case "copy":
		if ci.types[0].compact() {
			dst := bytesOf(arg(0))
			if src, ok := arg(1).R.(string); ok {
				return intVal(int64(copy(dst, src))), true
			}
			return intVal(int64(copy(dst, bytesOf(arg(1))))), true
		}
		dst := arg(0).Elems()
		var n int
		if ci.types[1].Kind == KString {
			src := arg(1).Str()
			n = min(len(dst), len(src))
			for i := 0; i < n; i++ {
				dst[i] = Value{N: uint64(src[i])}
			}
		} else {
			src := arg(1).Elems()
			n = min(len(dst), len(src))
			et := ci.types[0].Elem
			if et.IsAggregate() {
				tmp := make([]Value, n)
				for i := range tmp {
					tmp[i] = copyVal(src[i], et)
				}
				for i := range tmp {
					storeInto(&dst[i], tmp[i], et)
				}
			} else {
				copy(dst, src[:n])
			}
		}
		return intVal(int64(n)), true
	case "close":
		ch, _ := arg(0).R.(*Chan)
		return Value{}, m.closeChan(g, ch, in.Line)
	case "clear":
		// Maps are compiled to opMapUpdate; this is clear on a slice.
		if ci.types[0].compact() {
			clear(bytesOf(arg(0)))
			return Value{}, true
		}
		s := arg(0).Elems()
		et := ci.types[0].Elem
		for i := range s {
			if et.IsAggregate() {
				storeInto(&s[i], et.Zero(), et)
			} else {
				s[i] = Value{}
			}
		}
		return Value{}, true
	case "min", "max":
		t := ci.types[0]
		best := arg(0)
		for i := 1; i < len(ci.args); i++ {
			v := arg(i)
			if better(v, best, t, ci.builtin == "min") {
				best = v
			}
		}
		return best, true
	case "real":
		c := arg(0).Complex()
		return fnorm(real(c), floatOf(ci.types[0])), true
	case "imag":
		c := arg(0).Complex()
		return fnorm(imag(c), floatOf(ci.types[0])), true
	case "complex":
		return Value{R: complex(arg(0).Float(), arg(1).Float())}, true
	case "ssa:wrapnilchk":
		if arg(0).R == nil {
			m.nilDeref(g)
			return Value{}, false
		}
		return arg(0), true
	case "ssa:deferstack":
		return Value{R: g.top()}, true
	}
	m.internal("unsupported builtin " + ci.builtin)
	return Value{}, true
}

func floatOf(t *Type) Kind {
	if t.Kind == KComplex64 {
		return KFloat32
	}
	return KFloat64
}

// better reports whether v beats best for min (or max), with Go's NaN and
// signed-zero rules for floats.
func better(v, best Value, t *Type, isMin bool) bool {
	switch {
	case t.Kind == KString:
		if isMin {
			return v.Str() < best.Str()
		}
		return v.Str() > best.Str()
	case t.IsFloat():
		a, b := v.Float(), best.Float()
		if a != a {
			return true
		}
		if b != b {
			return false
		}
		if a == b && a == 0 {
			neg := 1/a < 0
			return neg == isMin
		}
		if isMin {
			return a < b
		}
		return a > b
	case t.Signed():
		if isMin {
			return int64(v.N) < int64(best.N)
		}
		return int64(v.N) > int64(best.N)
	}
	if isMin {
		return v.N < best.N
	}
	return v.N > best.N
}

// length implements len.
func length(v Value, t *Type) int {
	switch t.Kind {
	case KString:
		return len(v.Str())
	case KMap:
		mp, _ := v.R.(*Map)
		return mp.Len()
	case KChan:
		if ch, _ := v.R.(*Chan); ch != nil && ch.timer == nil {
			return len(ch.buf)
		}
		return 0
	case KPointer:
		return int(t.Elem.Len)
	}
	return seqLen(v)
}

// appendValues appends add to s, growing capacity exactly as Go's
// growslice does so that cap() prints the same numbers. In place, an
// aggregate element is stored into the element's own storage, as Go's
// memmove writes the memory pointers into it point at; add may be part
// of s's own array (append(s[:i], s[j:]...)): it is read as a snapshot,
// as memmove reads overlapping memory.
func (m *Machine) appendValues(s, add []Value, et *Type) []Value {
	start := len(s)
	if len(add) > 0 && cap(s) > len(s) && overlapVals(s[len(s):cap(s)], add) {
		snap := make([]Value, len(add))
		for i, v := range add {
			snap[i] = copyVal(v, et)
		}
		add = snap
	}
	s = m.grow(s, len(add), et)
	if m.done {
		return s
	}
	for i, v := range add {
		if et.IsAggregate() {
			storeInto(&s[start+i], v, et)
		} else {
			s[start+i] = v
		}
	}
	return s
}

// overlapVals reports whether a and b share cells.
func overlapVals(a, b []Value) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	sz := unsafe.Sizeof(Value{})
	a0, b0 := uintptr(unsafe.Pointer(&a[0])), uintptr(unsafe.Pointer(&b[0]))
	return a0 < b0+uintptr(len(b))*sz && b0 < a0+uintptr(len(a))*sz
}

// grow extends s by n elements (to be filled by the caller), reallocating
// with Go's capacity growth when it does not fit.
func (m *Machine) grow(s []Value, n int, et *Type) []Value {
	want := len(s) + n
	if want > cap(s) {
		newCap := growCap(cap(s), want, et.Size, !hasPointers(et))
		goBytes := goSize(int64(newCap)*et.Size, !hasPointers(et))
		if !m.allocOK(goBytes, int64(newCap)*hostElemBytes(et)) {
			return s
		}
		ns := make([]Value, len(s), newCap)
		m.chargeVals(ns, goBytes)
		if et.IsAggregate() {
			// The new backing array holds copies: the old one stays valid
			// for whoever still refers to it, and shares nothing with it.
			for i := range s {
				ns[i] = copyVal(s[i], et)
			}
		} else {
			copy(ns, s)
		}
		if et.IsAggregate() {
			for i := want; i < newCap; i++ {
				ns[:newCap][i] = et.Zero()
			}
		}
		s = ns
	}
	return s[:want]
}

// growCap is runtime.growslice's capacity computation, including the
// rounding up to malloc size classes.
func growCap(oldCap, newLen int, elemSize int64, noscan bool) int {
	if elemSize == 0 {
		// growslice returns zero-size elements' slices at exactly newLen.
		return newLen
	}
	newcap := nextslicecap(newLen, oldCap)
	mem := roundupsize(int64(newcap)*elemSize, noscan)
	return int(mem / elemSize)
}

// hasPointers reports whether values of t contain pointers, which decides
// whether the allocator adds a malloc header.
func hasPointers(t *Type) bool {
	switch t.Kind {
	case KString, KPointer, KSlice, KMap, KChan, KFunc, KInterface, KUnsafePointer:
		return true
	case KStruct:
		for _, f := range t.Fields {
			if hasPointers(f) {
				return true
			}
		}
	case KArray:
		return t.Len > 0 && hasPointers(t.Elem)
	}
	return false
}

// nextslicecap is the capacity gc's growslice asks for before rounding
// to a size class: a request past double the old capacity gets exactly
// what it asks; a capacity under 256 doubles; a larger one grows by a
// quarter plus 192 until the request fits (at least once: growslice is
// called only when it does not), and gets the request if that overflows.
func nextslicecap(newLen, oldCap int) int {
	if newLen > 2*oldCap {
		return newLen
	}
	if oldCap < 256 {
		return 2 * oldCap
	}
	c := oldCap
	for {
		c += c/4 + 192
		if uint(c) >= uint(newLen) { // an overflowed c is huge as a uint
			break
		}
	}
	if c <= 0 {
		return newLen
	}
	return c
}

// sizeClasses are the malloc size classes of runtime/sizeclasses.go.
var sizeClasses = [...]int64{0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768}

// roundupsize is the runtime's: pointerful objects over 512 bytes carry an
// 8-byte malloc header inside their size class.
func roundupsize(size int64, noscan bool) int64 {
	const mallocHeaderSize, minSizeForMallocHeader = 8, 512
	req := size
	if req <= 32768-mallocHeaderSize {
		if !noscan && req > minSizeForMallocHeader {
			req += mallocHeaderSize
		}
		for _, c := range sizeClasses {
			if c >= req {
				return c - (req - size)
			}
		}
	}
	const pageSize = 8192
	return (size + pageSize - 1) &^ (pageSize - 1)
}
