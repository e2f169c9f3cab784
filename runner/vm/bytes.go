package vm

// Compact byte storage. Slices and arrays whose elements are one byte wide
// in Go — uint8 (byte) and bool — keep their elements in a host []byte
// instead of one 24-byte Value each, so a program holding 500 MB of []byte
// takes about 500 MB of host memory, and std code that moves bytes
// (copy, append, conversions, hashes, buffers) moves them with host copies.
//
//	[]byte, []bool, [N]byte, [N]bool   R = []byte (a nil slice: R == nil)
//	&b[i] of such a slice or array     R = *byte, pointing into that []byte
//
// Everything else is as value.go says. A *byte pointer is a pointer Value
// like a *Value one: loads and stores through a pointer whose element type
// is uint8 or bool accept both (new(byte) still makes a *Value cell). bool
// elements hold 0 or 1, the N a bool Value has, so a byte load needs no
// type. int8 keeps the general representation: a load through a *byte
// could not tell it must sign-extend, and []int8 is rare.

import (
	"bytes"
	"unsafe"
	"weak"
)

// byteElem reports whether elements of kind k are stored as host bytes in
// slices and arrays.
func byteElem(k Kind) bool { return k == KUint8 || k == KBool }

// compact reports whether values of slice or array type t hold their
// elements in a host []byte.
func (t *Type) compact() bool {
	return (t.Kind == KSlice || t.Kind == KArray) && byteElem(t.Elem.Kind)
}

// bytesOf returns v as a compact slice or array; nil for a nil slice.
func bytesOf(v Value) []byte {
	b, _ := v.R.([]byte)
	return b
}

// bytesVal holds a compact slice, keeping a nil slice nil (R == nil).
func bytesVal(b []byte) Value {
	if b == nil {
		return Value{}
	}
	return Value{R: b}
}

// seqLen is the length of a slice or array value in either representation.
func seqLen(v Value) int {
	switch s := v.R.(type) {
	case []Value:
		return len(s)
	case []byte:
		return len(s)
	}
	return 0
}

// seqCap is the capacity of a slice value in either representation.
func seqCap(v Value) int {
	switch s := v.R.(type) {
	case []Value:
		return cap(s)
	case []byte:
		return cap(s)
	}
	return 0
}

// reslice returns v[lo:hi:mx] in either representation; a nil slice stays
// nil (the bounds were checked: they are all 0).
func reslice(v Value, lo, hi, mx int) Value {
	switch s := v.R.(type) {
	case []Value:
		if s == nil {
			return Value{}
		}
		return Value{R: s[lo:hi:mx]}
	case []byte:
		if s == nil {
			return Value{}
		}
		return Value{R: s[lo:hi:mx]}
	}
	return Value{}
}

// seqElem returns element i of a slice or array value (in range).
func seqElem(v Value, i int) Value {
	if b, ok := v.R.([]byte); ok {
		return Value{N: uint64(b[i])}
	}
	return v.Elems()[i]
}

// elemAddr returns &s[i] for a slice or array value s (i in range): a
// *Value, or a *byte into compact storage.
func elemAddr(s Value, i int) Value {
	if b, ok := s.R.([]byte); ok {
		return Value{R: &b[i]}
	}
	return Value{R: &s.Elems()[i]}
}

// isPtr reports whether v is a non-nil pointer of either kind.
func isPtr(v Value) bool {
	switch p := v.R.(type) {
	case *Value:
		return p != nil
	case *byte:
		return p != nil
	}
	return false
}

// ptrKey is what names the memory a pointer points at for object numbers
// and race shadows: the *Value or the *byte; nil for a nil pointer.
func ptrKey(v Value) any {
	switch p := v.R.(type) {
	case *Value:
		if p != nil {
			return p
		}
	case *byte:
		if p != nil {
			return p
		}
	}
	return nil
}

// loadPtr returns the value pointer v points at, a value of type t, copied
// when t is an aggregate. The pointer must not be nil.
func loadPtr(v Value, t *Type) Value {
	if b, ok := v.R.(*byte); ok {
		return Value{N: uint64(*b)}
	}
	p := v.Ptr()
	if t != nil && t.IsAggregate() {
		return copyVal(*p, t)
	}
	return *p
}

// storePtr stores x, a value of type t, where pointer v points. The pointer
// must not be nil.
func storePtr(v, x Value, t *Type) {
	if b, ok := v.R.(*byte); ok {
		*b = byte(x.N)
		return
	}
	storeInto(v.Ptr(), x, t)
}

// zeroBytes is the zero value of a compact array of n elements.
func zeroBytes(n int64) Value { return Value{R: make([]byte, n)} }

// copyBytes is copyVal for a compact array.
func copyBytes(v Value) Value {
	src := bytesOf(v)
	dst := make([]byte, len(src))
	copy(dst, src)
	return Value{R: dst}
}

// chargeBytes charges a new compact backing array of Go's goBytes.
func (m *Machine) chargeBytes(b []byte, goBytes int64) {
	if w := m.mem.weight(goBytes); w > 0 && cap(b) > 0 {
		p := weak.Make(&b[:1][0])
		m.mem.follow(func() bool { return p.Value() != nil }, w)
	}
}

// makeBytes is make([]T, n, c) for a compact element type: the caller
// checked the bounds. nil when the memory cap ended the run.
func (m *Machine) makeBytes(ln, cp int64) Value {
	goBytes := goSize(cp, true)
	if !m.allocOK(goBytes, cp) {
		return Value{}
	}
	b := make([]byte, ln, cp)
	m.chargeBytes(b, goBytes)
	return Value{R: b}
}

// growBytes is grow for compact storage: s extended by n elements (zero,
// or left for the caller to fill), reallocated with Go's capacity growth
// when they do not fit.
func (m *Machine) growBytes(s []byte, n int) []byte {
	want := len(s) + n
	if want > cap(s) {
		newCap := growCap(cap(s), want, 1, true)
		goBytes := goSize(int64(newCap), true)
		if !m.allocOK(goBytes, int64(newCap)) {
			return s
		}
		ns := make([]byte, len(s), newCap)
		m.chargeBytes(ns, goBytes)
		copy(ns, s)
		s = ns
	}
	return s[:want]
}

// appendBytes is append(s, add...) for compact storage; add is a compact
// slice or a string (append([]byte, string...)).
func (m *Machine) appendBytes(s Value, add Value) Value {
	b := bytesOf(s)
	var n int
	str, isStr := add.R.(string)
	if isStr {
		n = len(str)
	} else {
		n = len(bytesOf(add))
	}
	if n == 0 {
		return s
	}
	start := len(b)
	b = m.growBytes(b, n)
	if m.done {
		return Value{}
	}
	if isStr {
		copy(b[start:], str)
	} else {
		copy(b[start:], bytesOf(add))
	}
	return Value{R: b}
}

// equalBytes is == on compact arrays: bool elements hold 0 or 1, so equal
// bytes are equal elements.
func equalBytes(x, y Value) bool { return bytes.Equal(bytesOf(x), bytesOf(y)) }

// indexAddrB is exec's opIndexAddrB: &x[i] for a compact slice or a
// pointer to a compact array (t says which). It reports false when g
// panicked (nil pointer, index out of range).
func (m *Machine) indexAddrB(g *Goroutine, in *Instr, regs []Value) bool {
	x := regs[in.B]
	if in.Aux.(*Type).Kind == KPointer {
		p := x.Ptr()
		if p == nil {
			m.nilDeref(g)
			return false
		}
		x = *p
	}
	b := bytesOf(x)
	i := regs[in.C].N
	if i >= uint64(len(b)) {
		m.indexError(g, regs[in.C], len(b))
		return false
	}
	regs[in.A] = Value{R: &b[i]}
	return true
}

// indexB is exec's opIndexB: x[i] of a compact array value. It reports
// false when g panicked.
func (m *Machine) indexB(g *Goroutine, in *Instr, regs []Value) bool {
	b := bytesOf(regs[in.B])
	i := regs[in.C].N
	if i >= uint64(len(b)) {
		m.indexError(g, regs[in.C], len(b))
		return false
	}
	regs[in.A] = Value{N: uint64(b[i])}
	return true
}

// loadByte is a load through a byte element pointer (exec's opLoad).
func (m *Machine) loadByte(g *Goroutine, p *byte, pc int) Value {
	if m.race != nil {
		m.raceByte(g, p, pc, false)
	}
	return Value{N: uint64(*p)}
}

// storeByte is a store through a byte element pointer (exec's opStore).
func (m *Machine) storeByte(g *Goroutine, p *byte, v Value, pc int) {
	if m.race != nil {
		m.raceByte(g, p, pc, true)
	}
	*p = byte(v.N) // counted for the fairness rule by exec
}

// stringsBufString is strings.Builder's unsafe.String of its buffer: a
// string sharing the buffer's bytes (the Builder only appends, so they
// never change), without a copy or an allocation, as in Go. Copying made
// strings.Repeat, which calls String once per 8 KB written, quadratic.
func stringsBufString(c *Ctx, a []Value) Value {
	b := bytesOf(a[0])
	if len(b) == 0 {
		return Value{}
	}
	return strVal(unsafe.String(&b[0], len(b)))
}
