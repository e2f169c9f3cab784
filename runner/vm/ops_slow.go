package vm

import (
	"go/token"
	"go/types"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// binary is the slow path of binary operators: complex numbers and ==/!= on
// every comparable type.
func (m *Machine) binary(op token.Token, t *Type, x, y Value) (Value, string) {
	switch op {
	case token.EQL, token.NEQ:
		eq, err := m.equal(x, y, t)
		if err != "" {
			return Value{}, err
		}
		return boolVal(eq == (op == token.EQL)), ""
	}
	if t.Kind == KComplex64 || t.Kind == KComplex128 {
		a, b := x.Complex(), y.Complex()
		var r complex128
		switch op {
		case token.ADD:
			r = a + b
		case token.SUB:
			r = a - b
		case token.MUL:
			r = a * b
		case token.QUO:
			r = a / b
		}
		if t.Kind == KComplex64 {
			r = complex128(complex64(r))
		}
		return Value{R: r}, ""
	}
	return Value{}, "unsupported operator " + op.String() + " on " + t.Name
}

// equal implements == for values of type t. Comparing interfaces holding
// uncomparable types is a runtime error, as in Go.
func (m *Machine) equal(x, y Value, t *Type) (bool, string) {
	switch t.Kind {
	case KString:
		return x.Str() == y.Str(), ""
	case KFloat32, KFloat64:
		return x.Float() == y.Float(), ""
	case KComplex64, KComplex128:
		return x.Complex() == y.Complex(), ""
	case KPointer, KChan, KMap, KFunc, KSlice, KUnsafePointer:
		if (t.Kind == KSlice || t.Kind == KMap || t.Kind == KFunc) && x.R != nil && y.R != nil {
			return false, "comparing uncomparable type " + t.Name
		}
		return sameRef(x.R, y.R), ""
	case KInterface:
		a, b := x.Iface(), y.Iface()
		if a == nil || b == nil {
			return a == b, ""
		}
		if a.T != b.T {
			return false, ""
		}
		if !comparable(a.T) {
			return false, "comparing uncomparable type " + a.T.Name
		}
		return m.equal(a.V, b.V, a.T)
	case KStruct:
		xs, ys := x.Elems(), y.Elems()
		for i, f := range t.Fields {
			eq, err := m.equal(xs[i], ys[i], f)
			if err != "" || !eq {
				return eq, err
			}
		}
		return true, ""
	case KArray:
		if t.compact() {
			return equalBytes(x, y), ""
		}
		xs, ys := x.Elems(), y.Elems()
		for i := range xs {
			eq, err := m.equal(xs[i], ys[i], t.Elem)
			if err != "" || !eq {
				return eq, err
			}
		}
		return true, ""
	}
	return x.N == y.N, ""
}

// sameRef compares two references by identity.
func sameRef(a, b any) bool {
	switch a := a.(type) {
	case nil:
		return b == nil
	case []Value:
		bs, ok := b.([]Value)
		return ok && len(a) == len(bs) && (len(a) == 0 || &a[0] == &bs[0])
	case []byte:
		bs, ok := b.([]byte)
		return ok && len(a) == len(bs) && (len(a) == 0 || &a[0] == &bs[0])
	}
	return a == b
}

func unary(op token.Token, t *Type, x Value) Value {
	if op == token.SUB && (t.Kind == KComplex64 || t.Kind == KComplex128) {
		return Value{R: -x.Complex()}
	}
	return x
}

// convert implements Convert, MultiConvert and SliceToArrayPointer.
func (m *Machine) convert(v Value, from, to *Type) (Value, string) {
	switch {
	case from.Kind == KUnsafePointer && to.IsInteger():
		// Only the std converts pointers to integers (fmt's %p and %v of
		// a pointer, through reflect): the fake address (fakeaddr.go).
		return Value{N: m.fakePointer(v, from)}, ""
	case from.IsInteger() && to.IsInteger():
		return normInt(v, to.Kind), ""
	case from.IsInteger() && to.IsFloat():
		var f float64
		if from.Signed() {
			f = float64(int64(v.N))
		} else {
			f = float64(v.N)
		}
		return fnorm(f, to.Kind), ""
	case from.IsFloat() && to.IsInteger():
		return normInt(Value{N: floatToInt(v.Float(), to.Kind)}, to.Kind), ""
	case from.IsFloat() && to.IsFloat():
		return fnorm(v.Float(), to.Kind), ""
	case (from.Kind == KComplex64 || from.Kind == KComplex128) && (to.Kind == KComplex64 || to.Kind == KComplex128):
		c := v.Complex()
		if to.Kind == KComplex64 {
			c = complex128(complex64(c))
		}
		return Value{R: c}, ""
	case to.Kind == KString:
		switch {
		case from.IsInteger():
			r := rune(int64(v.N))
			if !from.Signed() && v.N > utf8.MaxRune || from.Signed() && (int64(v.N) < 0 || int64(v.N) > utf8.MaxRune) {
				r = utf8.RuneError
			}
			return strVal(string(r)), ""
		case from.Kind == KString:
			return v, ""
		case from.Kind == KSlice && from.Elem.Kind == KUint8:
			s := string(bytesOf(v))
			m.chargeStr(s)
			return strVal(s), ""
		case from.Kind == KSlice && from.Elem.Kind == KInt32:
			elems := v.Elems()
			var sb strings.Builder
			for _, e := range elems {
				sb.WriteRune(rune(int32(e.N)))
			}
			m.chargeStr(sb.String())
			return strVal(sb.String()), ""
		}
	case from.Kind == KString && to.Kind == KSlice:
		s := v.Str()
		if to.Elem.Kind == KUint8 {
			// The caller ends the run when this fails (m.done).
			v := m.makeBytes(int64(len(s)), int64(len(s)))
			copy(bytesOf(v), s)
			return v, ""
		}
		n := int64(utf8.RuneCountInString(s))
		goBytes := goSize(4*n, true)
		if !m.allocOK(goBytes, n*24) {
			return Value{}, ""
		}
		out := make([]Value, 0, n)
		m.chargeVals(out, goBytes)
		for _, r := range s {
			out = append(out, Value{N: uint64(int64(r))})
		}
		return Value{R: out}, ""
	case from.Kind == KSlice && to.Kind == KPointer:
		// Slice to array pointer: a cell sharing the slice's elements.
		l := seqLen(v)
		n := int(to.Elem.Len)
		if l < n {
			return Value{}, "cannot convert slice with length " + itoa(int64(l)) + " to array or pointer to array with length " + itoa(int64(n))
		}
		if v.R == nil {
			return Value{}, ""
		}
		cell := new(Value)
		*cell = reslice(v, 0, n, n)
		return Value{R: cell}, ""
	case from.Kind == KSlice && to.Kind == KArray:
		l := seqLen(v)
		n := int(to.Len)
		if l < n {
			return Value{}, "cannot convert slice with length " + itoa(int64(l)) + " to array or pointer to array with length " + itoa(int64(n))
		}
		if v.R == nil { // a nil slice to [0]T
			return to.Zero(), ""
		}
		return copyVal(reslice(v, 0, n, n), to), ""
	case to.Kind == KInterface:
		if from.Kind == KInterface {
			return v, ""
		}
		return Value{R: &Iface{T: from, V: v}}, ""
	}
	return v, ""
}

// slice implements x[lo:hi:max] on strings, slices and array pointers.
func (m *Machine) slice(regs []Value, si *sliceInfo, x Value) (Value, string) {
	get := func(r int32, def int) (int, bool) {
		if r < 0 {
			return def, true
		}
		v := regs[r]
		return int(int64(v.N)), true
	}
	if si.x.Kind == KString {
		s := x.Str()
		lo, _ := get(si.lo, 0)
		hi, _ := get(si.hi, len(s))
		if hi < 0 || hi > len(s) {
			return Value{}, "slice bounds out of range [:" + itoa(int64(hi)) + "] with length " + itoa(int64(len(s)))
		}
		if lo < 0 || lo > hi {
			return Value{}, "slice bounds out of range [" + itoa(int64(lo)) + ":" + itoa(int64(hi)) + "]"
		}
		return strVal(s[lo:hi]), ""
	}
	what := "capacity"
	if si.x.Kind == KPointer {
		p := x.Ptr()
		if p == nil {
			return Value{}, "invalid memory address or nil pointer dereference"
		}
		x = *p
		what = "length"
	}
	c := seqCap(x)
	lo, _ := get(si.lo, 0)
	hi, _ := get(si.hi, seqLen(x))
	mx, _ := get(si.max, c)
	if si.max >= 0 {
		if mx < 0 || mx > c {
			return Value{}, "slice bounds out of range [::" + itoa(int64(mx)) + "] with " + what + " " + itoa(int64(c))
		}
		if hi < 0 || hi > mx {
			return Value{}, "slice bounds out of range [:" + itoa(int64(hi)) + ":" + itoa(int64(mx)) + "]"
		}
		if lo < 0 || lo > hi {
			return Value{}, "slice bounds out of range [" + itoa(int64(lo)) + ":" + itoa(int64(hi)) + ":]"
		}
	} else {
		if hi < 0 || hi > c {
			return Value{}, "slice bounds out of range [:" + itoa(int64(hi)) + "] with " + what + " " + itoa(int64(c))
		}
		if lo < 0 {
			return Value{}, "slice bounds out of range [" + itoa(int64(lo)) + ":]"
		}
		if lo > hi {
			return Value{}, "slice bounds out of range [" + itoa(int64(lo)) + ":" + itoa(int64(hi)) + "]"
		}
	}
	return reslice(x, lo, hi, mx), ""
}

// makeSlice implements make([]T, n, c).
func (m *Machine) makeSlice(t *Type, n, c Value) (Value, string) {
	ln, cp := int64(n.N), int64(c.N)
	if ln < 0 || ln > 1<<40 {
		return Value{}, "makeslice: len out of range"
	}
	if cp < ln || cp > 1<<40 {
		return Value{}, "makeslice: cap out of range"
	}
	if t.compact() {
		return m.makeBytes(ln, cp), ""
	}
	goBytes := goSize(cp*t.Elem.Size, !hasPointers(t.Elem))
	if !m.allocOK(goBytes, cp*hostElemBytes(t.Elem)) {
		return Value{}, ""
	}
	elems := make([]Value, ln, cp)
	m.chargeVals(elems, goBytes)
	if t.Elem.IsAggregate() {
		for i := range elems[:cp] {
			elems[:cp][i] = t.Elem.Zero()
		}
	}
	return Value{R: elems}, ""
}

// asserted returns x.(T) and whether x (whose interface is iv) holds a T.
func (m *Machine) asserted(iv *Iface, x Value, ai *assertInfo) (Value, bool) {
	if iv == nil {
		return Value{}, false
	}
	if ai.to.Kind == KInterface {
		return x, m.implements(iv.T, ai.to)
	}
	return iv.V, iv.T == ai.to
}

// assertOk implements v, ok := x.(T): the pair as values.
func (m *Machine) assertOk(x Value, ai *assertInfo) (Value, Value) {
	v, ok := m.asserted(x.Iface(), x, ai)
	if !ok {
		v = ai.to.Zero()
	}
	return v, boolVal(ok)
}

// typeAssert implements x.(T). On failure without comma-ok it panics the
// goroutine and reports false.
func (m *Machine) typeAssert(g *Goroutine, x Value, ai *assertInfo) (Value, bool) {
	if ai.commaOk {
		v, ok := m.assertOk(x, ai)
		return Value{R: []Value{v, ok}}, true
	}
	iv := x.Iface()
	if result, ok := m.asserted(iv, x, ai); ok {
		return result, true
	}
	if ai.nilCheck && iv == nil {
		m.nilDeref(g)
		return Value{}, false
	}
	// Go's texts: interface conversion: interface {} is string, not int
	msg := "interface conversion: "
	from := ai.from.Name
	switch {
	case iv == nil && ai.to.Kind == KInterface:
		msg += "interface is nil, not " + ai.to.Name
	case iv == nil:
		msg += from + " is nil, not " + ai.to.Name
	case ai.to.Kind == KInterface:
		msg += iv.T.Name + " is not " + ai.to.Name + ": missing method " + m.missingMethod(iv.T, ai.to)
	default:
		msg += from + " is " + iv.T.Name + ", not " + ai.to.Name
	}
	m.runtimePanicValue(g, Value{R: &Iface{T: m.prog.rtAssertTy, V: Value{R: &Value{R: []Value{strVal(msg)}}}}})
	return Value{}, false
}

// implements reports whether concrete type t has every method of iface.
func (m *Machine) implements(t, iface *Type) bool {
	return m.missingMethod(t, iface) == ""
}

func (m *Machine) missingMethod(t, iface *Type) string {
	it, ok := iface.T.Underlying().(*types.Interface)
	if !ok {
		return ""
	}
	if fn, _ := types.MissingMethod(t.T, it, true); fn != nil {
		return fn.Name()
	}
	return ""
}

// runtimeError panics g with a runtime.Error "runtime error: msg".
func (m *Machine) runtimeError(g *Goroutine, msg string) {
	m.runtimePanicValue(g, Value{R: &Iface{T: m.prog.rtErrorType, V: Value{R: []Value{strVal(msg)}}}})
}

// runtimePlain panics g with a runtime error printed without prefix.
func (m *Machine) runtimePlain(g *Goroutine, msg string) {
	m.runtimePanicValue(g, Value{R: &Iface{T: m.prog.rtPlainType, V: Value{R: []Value{strVal(msg)}}}})
}

func (m *Machine) runtimePanicValue(g *Goroutine, v Value) {
	if g == nil {
		m.internal("runtime error outside a goroutine")
		return
	}
	m.startPanic(g, v, false)
}

func (m *Machine) nilDeref(g *Goroutine) {
	m.runtimeError(g, "invalid memory address or nil pointer dereference")
}

func (m *Machine) isNilDeref(v Value) bool {
	iv := v.Iface()
	return iv != nil && iv.T == m.prog.rtErrorType && iv.V.Elems()[0].Str() == "invalid memory address or nil pointer dereference"
}

func (m *Machine) indexError(g *Goroutine, i Value, n int) {
	msg := "index out of range [" + itoa(int64(i.N)) + "] with length " + itoa(int64(n))
	if int64(i.N) < 0 {
		msg = "index out of range [" + itoa(int64(i.N)) + "]"
	}
	m.boundsError(g, msg)
}

// boundsError panics g with a runtime.boundsError.
func (m *Machine) boundsError(g *Goroutine, msg string) {
	m.runtimePanicValue(g, Value{R: &Iface{T: m.prog.rtBoundsType, V: Value{R: []Value{strVal(msg)}}}})
}

// panicValueString prints a panic value as the runtime's printpanicval
// does, after preprintpanics turned errors and Stringers into their text.
// failed is the panic an Error or String method raised instead.
// hasPanicMethod reports whether printing the panic value v calls its
// Error or String method (panicValueString).
func hasPanicMethod(v Value) bool {
	iv := v.Iface()
	if iv == nil {
		return false
	}
	for _, method := range []string{"Error", "String"} {
		if fn := iv.T.Method(method); fn != nil && fn.NParams == 1 {
			return true
		}
	}
	return false
}

func (m *Machine) panicValueString(v Value) (text string, failed *Iface) {
	iv := v.Iface()
	if iv == nil {
		return "panic called with nil argument (use runtime.PanicNilError)", nil
	}
	for _, method := range []string{"Error", "String"} {
		if fn := iv.T.Method(method); fn != nil && fn.NParams == 1 {
			r, pv, ok := m.CallMethod(iv.V, iv.T, method)
			if pv != nil {
				return "", pv
			}
			if ok {
				return r.Str(), nil
			}
		}
	}
	return plainPanicValue(iv), nil
}

// plainPanicValue is the runtime's printpanicval of a non-nil interface
// value, which calls no method: a basic value as print prints it, a
// defined basic type as T(v), anything else as (T) and an address.
func plainPanicValue(iv *Iface) string { return strings.Join(plainPanicPieces(iv), "") }

// plainPanicPieces is plainPanicValue as the writes printpanicval makes:
// printanycustomtype prints a defined type's name, then "(" (`("` for a
// string), the value and ")" each with a write of its own (a complex
// value brings its own parentheses). A string value is one piece here,
// before printindented's split at newlines.
func plainPanicPieces(iv *Iface) []string {
	var s string
	var named bool
	switch {
	case iv.T.IsFloat():
		bits := 64
		if iv.T.Kind == KFloat32 {
			bits = 32
		}
		s, named = strconv.FormatFloat(iv.V.Float(), 'g', -1, bits), iv.T.Name != basicName(iv.T.Kind)
	case iv.T.Kind == KComplex64 || iv.T.Kind == KComplex128:
		s = strconv.FormatComplex(iv.V.Complex(), 'g', -1, 128)
		if iv.T.Name != basicName(iv.T.Kind) {
			return []string{iv.T.Name, s}
		}
		return []string{s}
	case iv.T.Kind == KString:
		if iv.T.Name != basicName(iv.T.Kind) {
			return []string{iv.T.Name, `("`, iv.V.Str(), `")`}
		}
		return []string{iv.V.Str()}
	case iv.T.Name == "runtime.plainError" || iv.T.Name == "runtime.errorString":
		// Strings in Go's runtime; the overlay's are structs of a string
		// (runner/std/_overlay/runtime).
		return []string{iv.T.Name, `("`, iv.V.Elems()[0].Str(), `")`}
	default:
		s, named = basicString(iv.V, iv.T)
	}
	if named {
		return []string{iv.T.Name, "(", s, ")"}
	}
	return []string{s}
}

// basicString prints a basic value like the runtime's print builtin; named
// reports a defined type that Go prints as T(v).
func basicString(v Value, t *Type) (string, bool) {
	named := t.Name != basicName(t.Kind)
	switch {
	case t.Kind == KBool:
		if v.N != 0 {
			return "true", named
		}
		return "false", named
	case t.Signed():
		return itoa(int64(v.N)), named
	case t.Unsigned():
		return utoa(v.N), named
	case t.IsFloat():
		return printFloat(v.Float()), named
	case t.Kind == KComplex64 || t.Kind == KComplex128:
		c := v.Complex()
		return "(" + printFloat(real(c)) + printFloat(imag(c)) + "i)", named
	case t.Kind == KString:
		if named {
			return `"` + v.Str() + `"`, true
		}
		return v.Str(), false
	}
	return "(" + t.Name + ") " + "0xc000012345", false
}

func basicName(k Kind) string {
	return [...]string{KBool: "bool", KInt: "int", KInt8: "int8", KInt16: "int16", KInt32: "int32",
		KInt64: "int64", KUint: "uint", KUint8: "uint8", KUint16: "uint16", KUint32: "uint32",
		KUint64: "uint64", KUintptr: "uintptr", KFloat32: "float32", KFloat64: "float64",
		KComplex64: "complex64", KComplex128: "complex128", KString: "string", KUnsafePointer: ""}[k]
}

func utoa(u uint64) string {
	if u == 0 {
		return "0"
	}
	var b [24]byte
	n := len(b)
	for u > 0 {
		n--
		b[n] = byte('0' + u%10)
		u /= 10
	}
	return string(b[n:])
}

// printFloat formats like the runtime's printfloat: +1.500000e+000.
func printFloat(v float64) string {
	switch {
	case v != v:
		return "NaN"
	case v+v == v && v > 0:
		return "+Inf"
	case v+v == v && v < 0:
		return "-Inf"
	}
	const n = 7
	var buf [n + 7]byte
	buf[0] = '+'
	e := 0
	if v == 0 {
		if math.Signbit(v) {
			buf[0] = '-'
		}
	} else {
		if v < 0 {
			v = -v
			buf[0] = '-'
		}
		for v >= 10 {
			e++
			v /= 10
		}
		for v < 1 {
			e--
			v *= 10
		}
		h := 5.0
		for i := 0; i < n; i++ {
			h /= 10
		}
		v += h
		if v >= 10 {
			e++
			v /= 10
		}
	}
	for i := 0; i < n; i++ {
		s := int(v)
		buf[i+2] = byte(s + '0')
		v -= float64(s)
		v *= 10
	}
	buf[1] = buf[2]
	buf[2] = '.'
	buf[n+2] = 'e'
	buf[n+3] = '+'
	if e < 0 {
		e = -e
		buf[n+3] = '-'
	}
	buf[n+4] = byte(e/100 + '0')
	buf[n+5] = byte(e/10)%10 + '0'
	buf[n+6] = byte(e%10) + '0'
	return string(buf[:])
}

// floatToInt converts f to an integer of kind k as gc's code does on
// amd64, whatever the host: Go leaves out-of-range conversions
// implementation-defined, and the host's own (wasm saturates) would make
// the browser print what no real run prints. x86's truncating conversions
// give the "integer indefinite" value (the lowest integer) for NaN and out
// of range; int8/16 and uint8/16 go through the 32-bit one, uint32 through
// the 64-bit one, and uint64 takes gc's two-branch expansion
// (ssagen's floatToUint; its subtraction is exact where it matters, so a
// float32 source gives the same as its float64 value).
func floatToInt(f float64, k Kind) uint64 {
	switch k {
	case KInt, KInt64, KUint32:
		return uint64(cvttsd2sq(f))
	case KInt32, KInt16, KInt8, KUint16, KUint8:
		return uint64(int64(cvttsd2sl(f)))
	}
	// uint, uint64, uintptr
	const cutoff = 1 << 63
	if f < cutoff {
		return uint64(cvttsd2sq(f))
	}
	return uint64(cvttsd2sq(f-cutoff)) | cutoff
}

// cvttsd2sq is x86's truncating conversion to int64.
func cvttsd2sq(f float64) int64 {
	if f >= -(1<<63) && f < 1<<63 { // false for NaN
		return int64(f)
	}
	return math.MinInt64
}

// cvttsd2sl is x86's truncating conversion to int32.
func cvttsd2sl(f float64) int32 {
	if f > -(1<<31)-1 && f < 1<<31 {
		return int32(f)
	}
	return math.MinInt32
}
