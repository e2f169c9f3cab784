// Go's reflect.Value reads gc's memory layout; Interleave's Value points at the VM's memory cells instead.

package reflect

import "unsafe"

// Value is the reflection interface to a Go value: its type, a pointer to
// the VM cell that holds it, and flags.
type Value struct {
	typ_ *rtype
	ptr  unsafe.Pointer
	flag
}

type flag uintptr

const (
	flagStickyRO    flag = 1 << iota // obtained via an unexported non-embedded field
	flagEmbedRO                      // obtained via an unexported embedded field
	flagAddr                         // addressable: ptr is the variable itself
	flagMethod                       // a method value: ptr is the receiver, typ_ its type
	flagMethodShift = 8
	flagRO          = flagStickyRO | flagEmbedRO
)

func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// A ValueError occurs when a Value method is invoked on a Value that does
// not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == Invalid {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func (f flag) mustBeExported(v Value, name string) {
	if v.typ_ == nil {
		panic(&ValueError{name, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + name + " using value obtained using unexported field")
	}
}

func (v Value) mustBe(k Kind, name string) {
	if v.Kind() != k {
		panic(&ValueError{name, v.Kind()})
	}
}

func (v Value) mustBeAssignable(name string) {
	if v.typ_ == nil {
		panic(&ValueError{name, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + name + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: " + name + " using unaddressable value")
	}
}

// Intrinsics over the VM's cells (runner/vm/reflect.go).

// unpackEface returns the dynamic type of i and a cell holding its value.
func unpackEface(i any) (*rtype, unsafe.Pointer)

// packEface returns the value in cell p, of type t (not an interface), as
// an interface holding a copy; addr says p is the variable itself (the
// race detector sees the copy's read).
func packEface(t *rtype, p unsafe.Pointer, addr bool) any

// unsafeNew returns a new cell holding the zero value of t.
func unsafeNew(t *rtype) unsafe.Pointer

// typedmemmove copies the value of type t in cell src into cell dst.
func typedmemmove(t *rtype, dst, src unsafe.Pointer)

// typedslicecopy copies n elements of type t from the slice or array in
// cell src to the one in cell dst, as memmove does when they overlap.
func typedslicecopy(t *rtype, dst, src unsafe.Pointer, n int)

// swapperCase is which of Go's Swapper closures serves slice (see
// Swapper); swapElems swaps its elements i and j, checking the indexes as
// that closure does (fast: a runtime index error; else reflect's panic),
// and tells the race detector of the reads and writes.
func swapperCase(slice any) int
func swapElems(slice any, i, j int, fast bool)

func fieldPtr(p unsafe.Pointer, i int) unsafe.Pointer
func elemPtr(p unsafe.Pointer, i int) unsafe.Pointer
func isNilCell(p unsafe.Pointer) bool
func sliceLen(p unsafe.Pointer) int
func sliceCap(p unsafe.Pointer) int
func chanLen(p unsafe.Pointer) int
func chanCap(p unsafe.Pointer) int

// The channel operations (visible; ch is the cell holding the channel).
// chansend and chanrecv block unless nb; rselect's cases are parallel
// slices (a nil chans entry is ignored) and it reports -1 when no case is
// ready and it must not block.
func chansend(ch, val unsafe.Pointer, nb bool) bool
func chanrecv(ch unsafe.Pointer, nb bool) (val unsafe.Pointer, selected, ok bool)
func rselect(dirs []SelectDir, chans, vals []unsafe.Pointer, block bool) (chosen int, val unsafe.Pointer, ok bool)
func chanclose(ch unsafe.Pointer)
func mapLen(p unsafe.Pointer) int
func addrOf(t *rtype, p unsafe.Pointer) uintptr

// makeSlice, makeMap and makeChan return a cell holding a new value of t.
func makeSlice(t *rtype, n, c int) unsafe.Pointer
func makeMap(t *rtype) unsafe.Pointer
func makeChan(t *rtype, size int) unsafe.Pointer

// sliceCell returns a cell holding x[i:j:k] for the slice or array of type
// t in cell p; the result has type sliceOf(elem).
func sliceCell(t *rtype, p unsafe.Pointer, i, j, k int) unsafe.Pointer

// growSlice returns a cell holding the slice in p extended by n zero
// elements, reallocated as append would.
func growSlice(t *rtype, p unsafe.Pointer, n int) unsafe.Pointer

// setSliceLen and setSliceCap change the slice in cell p in place.
func setSliceLen(p unsafe.Pointer, n int)
func setSliceCap(p unsafe.Pointer, n int)

// mapIndex returns a cell holding a copy of m[key], if present.
func mapIndex(t *rtype, m, key unsafe.Pointer) (unsafe.Pointer, bool)

// mapEntries returns cells holding copies of m's keys and values.
func mapEntries(t *rtype, m unsafe.Pointer) (keys, vals []unsafe.Pointer)

// mapAssign sets m[key] = elem; elem nil deletes key.
func mapAssign(t *rtype, m, key, elem unsafe.Pointer)

// mapIterInit starts an iteration over the map of type t in cell m: the
// keys it holds now, in insertion order. mapIterNext steps it (a visible
// map read, like a range step) and returns cells holding copies of the next
// entry's key and value, read when reached; ok is false at the end.
func mapIterInit(t *rtype, m unsafe.Pointer) unsafe.Pointer
func mapIterNext(t *rtype, it unsafe.Pointer) (key, val unsafe.Pointer, ok bool)

// mapIterValue tells the race detector of the read of the current entry's
// value, which Go's MapIter.Value copies out of the map.
func mapIterValue(it unsafe.Pointer)

// convertCell converts the value of type from in cell p to type to; addr
// says the cell is a variable (the race detector sees its read).
func convertCell(from *rtype, p unsafe.Pointer, to *rtype, addr bool) unsafe.Pointer

// call calls the func in cell fn (or, when fn is nil, method i of the
// receiver rcv of type rt) with the arguments in the cells args, and
// returns cells holding the results.
func call(fn unsafe.Pointer, rt *rtype, rcv unsafe.Pointer, i int, args []unsafe.Pointer) []unsafe.Pointer

// ValueOf returns a new Value initialized to the concrete value stored in i.
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	t, p := unpackEface(i)
	return Value{t, p, 0}
}

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{t, unsafeNew(t), 0}
}

// New returns a Value representing a pointer to a new zero value for typ.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	return ptrValue(ptrTo(t), unsafeNew(t), 0)
}

// NewAt is not supported: the VM has no raw memory.
func NewAt(typ Type, p unsafe.Pointer) Value {
	return ptrValue(ptrTo(typ.common()), p, 0)
}

// ptrValue is a Value of pointer type pt pointing at cell p.
func ptrValue(pt *rtype, p unsafe.Pointer, f flag) Value {
	c := new(unsafe.Pointer)
	*c = p
	return Value{pt, unsafe.Pointer(c), f}
}

// Indirect returns the value that v points to, or v if it is not a pointer.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool { return v.typ_ != nil }

// Kind returns v's Kind.
func (v Value) Kind() Kind {
	if v.flag&flagMethod != 0 {
		return Func
	}
	return v.typ_.Kind()
}

// Type returns v's type.
func (v Value) Type() Type {
	if v.typ_ == nil {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	if v.flag&flagMethod != 0 {
		_, _, mt, _ := v.methodOf()
		return toType(mt)
	}
	return v.typ_
}

func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

func (v Value) CanInterface() bool {
	if v.typ_ == nil {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() any { return valueInterface(v, true) }

func valueInterface(v Value, safe bool) any {
	if v.typ_ == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if safe && v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.flag&flagMethod != 0 {
		panic("reflect: Interface of a method value is not supported by Interleave")
	}
	if v.typ_.Kind() == Interface {
		return *(*any)(v.ptr)
	}
	return packEface(v.typ_, v.ptr, v.flag&flagAddr != 0)
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	return ptrValue(ptrTo(v.typ_), v.ptr, v.flag.ro())
}

func (v Value) Bool() bool {
	if v.Kind() != Bool {
		panic(&ValueError{"reflect.Value.Bool", v.Kind()})
	}
	return *(*bool)(v.ptr)
}

// Ints and uints are held sign- or zero-extended to 64 bits, so one load
// reads every width.
func (v Value) Int() int64 {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		return *(*int64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Int", v.Kind()})
}

func (v Value) Uint() uint64 {
	switch v.Kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return *(*uint64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Uint", v.Kind()})
}

// Float32 is held as the float64 of its rounded value.
func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32, Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.Kind()})
}

func (v Value) Complex() complex128 {
	switch v.Kind() {
	case Complex64, Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.Kind()})
}

// String returns the string v's underlying value, as a string, or
// "<T Value>" for other kinds.
func (v Value) String() string {
	if v.Kind() == String {
		return *(*string)(v.ptr)
	}
	if v.typ_ == nil {
		return "<invalid Value>"
	}
	return "<" + v.Type().String() + " Value>"
}

func (v Value) Bytes() []byte {
	switch v.Kind() {
	case Slice:
		if v.typ_.elem().Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return *(*[]byte)(v.ptr)
	case Array:
		if v.typ_.elem().Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		return *(*[]byte)(sliceCell(v.typ_, v.ptr, 0, v.Len(), v.Len()))
	}
	panic(&ValueError{"reflect.Value.Bytes", v.Kind()})
}

func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Pointer, Chan, Map, UnsafePointer, Func, Slice:
		return addrOf(v.typ_, v.ptr)
	}
	panic(&ValueError{"reflect.Value.Pointer", v.Kind()})
}

func (v Value) UnsafePointer() unsafe.Pointer {
	switch v.Kind() {
	case Pointer, UnsafePointer:
		return *(*unsafe.Pointer)(v.ptr)
	case Chan, Map, Func, Slice:
		return unsafe.Pointer(v.Pointer())
	}
	panic(&ValueError{"reflect.Value.UnsafePointer", v.Kind()})
}

func (v Value) UnsafeAddr() uintptr {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	c := new(unsafe.Pointer)
	*c = v.ptr
	return addrOf(ptrTo(v.typ_), unsafe.Pointer(c))
}

func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		if v.flag&flagMethod != 0 {
			return false
		}
		return isNilCell(v.ptr)
	}
	panic(&ValueError{"reflect.Value.IsNil", v.Kind()})
}

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	switch v.Kind() {
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64:
		return isPosZero(v.Float())
	case Complex64, Complex128:
		c := v.Complex()
		return isPosZero(real(c)) && isPosZero(imag(c))
	case Array:
		return all(v.Len(), func(i int) bool { return v.Index(i).IsZero() })
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return v.IsNil()
	case String:
		return v.Len() == 0
	case Struct:
		return all(v.NumField(), func(i int) bool { return v.Field(i).IsZero() })
	}
	panic(&ValueError{"reflect.Value.IsZero", v.Kind()})
}

// isPosZero reports whether f is +0 (the zero value; -0 is not).
func isPosZero(f float64) bool { return f == 0 && 1/f > 0 }

// SetZero sets v to the zero value of its type.
func (v Value) SetZero() {
	v.mustBeAssignable("reflect.Value.SetZero")
	typedmemmove(v.typ_, v.ptr, unsafeNew(v.typ_))
}

func (v Value) Len() int {
	if v.Kind() == Slice {
		return sliceLen(v.ptr)
	}
	return v.lenNonSlice()
}

// lenNonSlice is Len of the other kinds (Go's split, which race reports
// of a map's length show).
func (v Value) lenNonSlice() int {
	switch v.Kind() {
	case Array:
		return v.typ_.arrayLen()
	case String:
		return len(*(*string)(v.ptr))
	case Map:
		return mapLen(v.ptr)
	case Chan:
		return chanLen(v.ptr)
	case Pointer:
		if v.typ_.elem().Kind() == Array {
			return v.typ_.elem().arrayLen()
		}
		panic("reflect: call of reflect.Value.Len on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

func (v Value) Cap() int {
	switch v.Kind() {
	case Slice:
		return sliceCap(v.ptr)
	case Array:
		return v.typ_.arrayLen()
	case Chan:
		return chanCap(v.ptr)
	case Pointer:
		if v.typ_.elem().Kind() == Array {
			return v.typ_.elem().arrayLen()
		}
		panic("reflect: call of reflect.Value.Cap on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Cap", v.Kind()})
}

// Elem returns the value that the interface v contains or that the
// pointer v points to.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Interface:
		e := *(*any)(v.ptr)
		if e == nil {
			return Value{}
		}
		x := ValueOf(e)
		x.flag |= v.flag.ro()
		return x
	case Pointer:
		if v.flag&flagMethod != 0 {
			break
		}
		p := *(*unsafe.Pointer)(v.ptr)
		if p == nil {
			return Value{}
		}
		return Value{v.typ_.elem(), p, v.flag.ro() | flagAddr}
	}
	panic(&ValueError{"reflect.Value.Elem", v.Kind()})
}

func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return v.typ_.numField()
}

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	if v.Kind() != Struct {
		panic(&ValueError{"reflect.Value.Field", v.Kind()})
	}
	if uint(i) >= uint(v.typ_.numField()) {
		panic("reflect: Field index out of range")
	}
	_, pkg, ft, _, _, emb := v.typ_.field(i)
	fl := v.flag & (flagStickyRO | flagEmbedRO | flagAddr)
	if pkg != "" {
		if emb {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	return Value{ft, fieldPtr(v.ptr, i), fl}
}

// FieldByIndex is the nested field index leads to, through embedded
// struct pointers; a nil one panics as in Go.
func (v Value) FieldByIndex(index []int) Value {
	f, nilEmbedded := v.followIndex(index, "reflect.Value.FieldByIndex")
	if nilEmbedded != nil {
		panic("reflect: indirection through nil pointer to embedded struct")
	}
	return f
}

// FieldByIndexErr is FieldByIndex returning an error instead of panicking
// at a nil embedded pointer.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	f, nilEmbedded := v.followIndex(index, "reflect.Value.FieldByIndexErr")
	if nilEmbedded != nil {
		return Value{}, nilEmbedded
	}
	return f, nil
}

// followIndex walks index from v, stepping through a pointer to an
// embedded struct before each later step; it stops at a nil one.
func (v Value) followIndex(index []int, method string) (Value, *nilEmbeddedError) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	v.mustBe(Struct, method)
	for depth, i := range index {
		if depth > 0 && v.Kind() == Pointer && v.typ_.elem().Kind() == Struct {
			if v.IsNil() {
				return Value{}, &nilEmbeddedError{v.typ_.elem().Name()}
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v, nil
}

type nilEmbeddedError struct{ name string }

func (e *nilEmbeddedError) Error() string {
	return "reflect: indirection through nil pointer to embedded struct field " + e.name
}

func (v Value) FieldByName(name string) Value {
	if f, ok := v.typ_.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := v.typ_.FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// Index returns v's i'th element.
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Array:
		if uint(i) >= uint(v.typ_.arrayLen()) {
			panic("reflect: array index out of range")
		}
		return Value{v.typ_.elem(), elemPtr(v.ptr, i), v.flag & (flagRO | flagAddr)}
	case Slice:
		if uint(i) >= uint(sliceLen(v.ptr)) {
			panic("reflect: slice index out of range")
		}
		return Value{v.typ_.elem(), elemPtr(v.ptr, i), flagAddr | v.flag.ro()}
	case String:
		s := *(*string)(v.ptr)
		if uint(i) >= uint(len(s)) {
			panic("reflect: string index out of range")
		}
		b := new(uint8)
		*b = s[i]
		return Value{typeOf(uint8(0)), unsafe.Pointer(b), v.flag.ro()}
	}
	panic(&ValueError{"reflect.Value.Index", v.Kind()})
}

// assignTo returns a Value of type dst holding v, converted as assignment
// converts (into an interface, or between identical underlying types).
func (v Value) assignTo(context string, dst *rtype) Value {
	switch {
	case v.typ_ == dst:
		return v
	case dst.Kind() == Interface && v.typ_.implements(dst):
		c := new(any)
		if v.Kind() != Interface {
			*c = packEface(v.typ_, v.ptr, v.flag&flagAddr != 0)
		} else {
			*c = *(*any)(v.ptr)
		}
		return Value{dst, unsafe.Pointer(c), v.flag.ro()}
	case v.typ_.assignableTo(dst):
		return Value{dst, v.ptr, v.flag &^ flagAddr}
	}
	panic(context + ": value of type " + v.typ_.String() + " is not assignable to type " + dst.String())
}

// Set assigns x to the value v.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Set")
	x.mustBeExported(x, "reflect.Set")
	x = x.assignTo("reflect.Set", v.typ_)
	typedmemmove(v.typ_, v.ptr, x.ptr)
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	*(*bool)(v.ptr) = x
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	if k := v.Kind(); k < Int || k > Int64 {
		panic(&ValueError{"reflect.Value.SetInt", k})
	}
	storeInteger(v.ptr, v.Kind(), uint64(x))
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	if k := v.Kind(); k < Uint || k > Uintptr {
		panic(&ValueError{"reflect.Value.SetUint", k})
	}
	storeInteger(v.ptr, v.Kind(), x)
}

// storeInteger writes the bits of x that fit an integer of kind k at p,
// dropping the rest as a conversion does.
func storeInteger(p unsafe.Pointer, k Kind, x uint64) {
	switch k {
	case Int:
		*(*int)(p) = int(x)
	case Int64:
		*(*int64)(p) = int64(x)
	case Uint:
		*(*uint)(p) = uint(x)
	case Uint64:
		*(*uint64)(p) = x
	case Uintptr:
		*(*uintptr)(p) = uintptr(x)
	case Int8:
		*(*int8)(p) = int8(x)
	case Int16:
		*(*int16)(p) = int16(x)
	case Int32:
		*(*int32)(p) = int32(x)
	case Uint8:
		*(*uint8)(p) = uint8(x)
	case Uint16:
		*(*uint16)(p) = uint16(x)
	case Uint32:
		*(*uint32)(p) = uint32(x)
	}
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch k := v.Kind(); k {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", k})
	}
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch k := v.Kind(); k {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetComplex", k})
	}
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	*(*string)(v.ptr) = x
}

func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe(Slice, "reflect.Value.SetBytes")
	if v.typ_.elem().Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	if uint(n) > uint(sliceCap(v.ptr)) {
		panic("reflect: slice length out of range in SetLen")
	}
	setSliceLen(v.ptr, n)
}

func (v Value) SetCap(n int) {
	v.mustBeAssignable("reflect.Value.SetCap")
	v.mustBe(Slice, "reflect.Value.SetCap")
	if n < sliceLen(v.ptr) || n > sliceCap(v.ptr) {
		panic("reflect: slice capacity out of range in SetCap")
	}
	setSliceCap(v.ptr, n)
}

func (v Value) SetPointer(x unsafe.Pointer) {
	v.mustBeAssignable("reflect.Value.SetPointer")
	v.mustBe(UnsafePointer, "reflect.Value.SetPointer")
	*(*unsafe.Pointer)(v.ptr) = x
}

// Grow increases the slice's capacity, if necessary, to guarantee space
// for another n elements.
func (v Value) Grow(n int) {
	v.mustBeAssignable("reflect.Value.Grow")
	v.mustBe(Slice, "reflect.Value.Grow")
	if n < 0 {
		panic("reflect.Value.Grow: negative len")
	}
	l := sliceLen(v.ptr)
	if l+n > sliceCap(v.ptr) {
		grown := growSlice(v.typ_, v.ptr, n)
		setSliceLen(grown, l)
		typedmemmove(v.typ_, v.ptr, grown)
	}
}

// Slice returns v[i:j].
func (v Value) Slice(i, j int) Value {
	switch v.Kind() {
	case String:
		s := *(*string)(v.ptr)
		if i < 0 || j < i || j > len(s) {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		c := new(string)
		*c = s[i:j]
		return Value{v.typ_, unsafe.Pointer(c), v.flag.ro()}
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		return v.Slice3(i, j, v.Len())
	case Slice:
		return v.Slice3(i, j, v.Cap())
	}
	panic(&ValueError{"reflect.Value.Slice", v.Kind()})
}

// Slice3 returns v[i:j:k].
func (v Value) Slice3(i, j, k int) Value {
	var st *rtype
	switch v.Kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice3: slice of unaddressable array")
		}
		st = sliceOf(v.typ_.elem())
	case Slice:
		st = v.typ_
	default:
		panic(&ValueError{"reflect.Value.Slice3", v.Kind()})
	}
	if i < 0 || j < i || k < j || k > v.Cap() {
		panic("reflect.Value.Slice3: slice index out of bounds")
	}
	return Value{st, sliceCell(v.typ_, v.ptr, i, j, k), v.flag.ro()}
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "reflect.Append")
	n := s.Len()
	s = Value{s.typ_, growSlice(s.typ_, s.ptr, len(x)), s.flag.ro()}
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "reflect.AppendSlice")
	t.mustBe(Slice, "reflect.AppendSlice")
	if s.typ_.elem() != t.typ_.elem() {
		panic("reflect.AppendSlice: " + s.Type().String() + " != " + t.Type().String())
	}
	n, m := s.Len(), t.Len()
	s = Value{s.typ_, growSlice(s.typ_, s.ptr, m), s.flag.ro()}
	for i := 0; i < m; i++ {
		s.Index(n + i).Set(t.Index(i))
	}
	return s
}

// Copy copies the contents of src into dst until either dst has been
// filled or src has been exhausted, and returns the number copied.
func Copy(dst, src Value) int {
	dk := dst.Kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.mustBeAssignable("reflect.Copy")
	}
	dst.mustBeExported(dst, "reflect.Copy")
	sk := src.Kind()
	if sk == String && dst.typ_.elem().Kind() == Uint8 {
		s := src.String()
		n := min(dst.Len(), len(s))
		b := ValueOf([]byte(s[:n])) // a string's bytes: no goroutine writes them
		typedslicecopy(dst.typ_.elem(), dst.ptr, b.ptr, n)
		return n
	}
	if sk != Array && sk != Slice {
		panic(&ValueError{"reflect.Copy", sk})
	}
	src.mustBeExported(src, "reflect.Copy")
	if dst.typ_.elem() != src.typ_.elem() {
		panic("reflect.Copy: " + dst.Type().String() + " != " + src.Type().String())
	}
	n := min(dst.Len(), src.Len())
	typedslicecopy(dst.typ_.elem(), dst.ptr, src.ptr, n)
	return n
}

// MakeSlice creates a new zero-initialized slice value for the specified
// slice type, length, and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	switch {
	case typ.Kind() != Slice:
		panic("reflect.MakeSlice of non-slice type")
	case len < 0:
		panic("reflect.MakeSlice: negative len")
	case cap < 0:
		panic("reflect.MakeSlice: negative cap")
	case len > cap:
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	return Value{t, makeSlice(t, len, cap), 0}
}

// SliceAt is not supported: the VM has no raw memory.
func SliceAt(typ Type, p unsafe.Pointer, n int) Value {
	panic("reflect.SliceAt is not supported by Interleave")
}

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

// MakeMapWithSize creates a new map with the specified type and initial
// space for approximately n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	return Value{t, makeMap(t), 0}
}

// MakeChan makes a channel of type typ (which must be bidirectional)
// with room for buffer values; Go's panics for a bad type or size.
func MakeChan(typ Type, buffer int) Value {
	switch {
	case typ.Kind() != Chan:
		panic("reflect.MakeChan of non-chan type")
	case buffer < 0:
		panic("reflect.MakeChan: negative buffer size")
	case typ.ChanDir() != BothDir:
		panic("reflect.MakeChan: unidirectional channel type")
	}
	t := typ.common()
	return Value{t, makeChan(t, buffer), 0}
}

// MakeFunc is not supported: the VM cannot make compiled code at run time.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	panic("reflect.MakeFunc is not supported by Interleave")
}

// MapIndex returns the value associated with key in the map v.
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	key = key.assignTo("reflect.Value.MapIndex", v.typ_.key())
	p, ok := mapIndex(v.typ_, v.ptr, key.ptr)
	if !ok {
		return Value{}
	}
	return Value{v.typ_.elem(), p, v.flag.ro()}
}

// MapKeys returns a slice containing all the keys present in the map.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	keys, _ := mapEntries(v.typ_, v.ptr)
	out := make([]Value, len(keys))
	kt := v.typ_.key()
	for i, k := range keys {
		out[i] = Value{kt, k, v.flag.ro()}
	}
	return out
}

// SetMapIndex sets the element associated with key in the map v to elem;
// a zero elem deletes the key.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported(v, "reflect.Value.SetMapIndex")
	key.mustBeExported(key, "reflect.Value.SetMapIndex")
	key = key.assignTo("reflect.Value.SetMapIndex", v.typ_.key())
	if elem.typ_ == nil {
		mapAssign(v.typ_, v.ptr, key.ptr, nil)
		return
	}
	elem.mustBeExported(elem, "reflect.Value.SetMapIndex")
	elem = elem.assignTo("reflect.Value.SetMapIndex", v.typ_.elem())
	mapAssign(v.typ_, v.ptr, key.ptr, elem.ptr)
}

// A MapIter is an iterator for ranging over a map. It walks the keys the
// map held when iteration started, in insertion order, skipping those
// deleted since; each step is a map read another goroutine's write can
// precede or collide with, as in Go.
type MapIter struct {
	m        Value
	it       unsafe.Pointer // the VM's iterator, from the first Next
	key, val unsafe.Pointer
	started  bool
	done     bool
}

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter {
	if v.Kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.Kind()})
	}
	return &MapIter{m: v}
}

// Next advances the map iterator and reports whether there is another entry.
func (iter *MapIter) Next() bool {
	if !iter.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if !iter.started {
		iter.started = true
		iter.it = mapIterInit(iter.m.typ_, iter.m.ptr)
	} else if iter.done {
		panic("MapIter.Next called on exhausted iterator")
	}
	var ok bool
	iter.key, iter.val, ok = mapIterNext(iter.m.typ_, iter.it)
	iter.done = !ok
	return ok
}

func (iter *MapIter) check(name string) {
	if !iter.started {
		panic("MapIter." + name + " called before Next")
	}
	if iter.done {
		panic("MapIter." + name + " called on exhausted iterator")
	}
}

// Key returns the key of iter's current map entry.
func (iter *MapIter) Key() Value {
	iter.check("Key")
	return Value{iter.m.typ_.key(), iter.key, iter.m.flag.ro()}
}

// Value returns the value of iter's current map entry.
func (iter *MapIter) Value() Value {
	iter.check("Value")
	mapIterValue(iter.it)
	return Value{iter.m.typ_.elem(), iter.val, iter.m.flag.ro()}
}

// Reset modifies iter to iterate over v.
func (iter *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(Map, "reflect.MapIter.Reset")
	}
	*iter = MapIter{m: v}
}

// SetIterKey assigns to v the key of iter's current map entry.
func (v Value) SetIterKey(iter *MapIter) { v.Set(iter.Key()) }

// SetIterValue assigns to v the value of iter's current map entry.
func (v Value) SetIterValue(iter *MapIter) { v.Set(iter.Value()) }

// NumMethod returns the number of methods in the value's method set.
func (v Value) NumMethod() int {
	if v.typ_ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return 0
	}
	return v.typ_.numMethod()
}

// Method returns a function value corresponding to v's i'th method.
func (v Value) Method(i int) Value {
	if v.typ_ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if v.flag&flagMethod != 0 || uint(i) >= uint(v.typ_.numMethod()) {
		panic("reflect: Method index out of range")
	}
	if v.typ_.Kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	return Value{v.typ_, v.ptr, v.flag.ro() | flagMethod | flag(i)<<flagMethodShift}
}

// MethodByName returns a function value corresponding to the method of v
// with the given name.
func (v Value) MethodByName(name string) Value {
	if v.typ_ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if v.flag&flagMethod != 0 {
		panic("reflect: MethodByName of method value")
	}
	n := v.typ_.numMethod()
	for i := 0; i < n; i++ {
		if mn, _, _, _ := v.typ_.method(i); mn == name {
			return v.Method(i)
		}
	}
	return Value{}
}

// methodOf describes the method a method value v stands for.
func (v Value) methodOf() (name, pkg string, mtyp, ftyp *rtype) {
	return v.typ_.method(int(v.flag) >> flagMethodShift)
}

// Call calls the function v with the input arguments in.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	v.mustBeExported(v, "reflect.Value.Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic function v with the input arguments in,
// assigning the slice in[len(in)-1] to v's final variadic argument.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	v.mustBeExported(v, "reflect.Value.CallSlice")
	return v.call("CallSlice", in)
}

func (v Value) call(op string, in []Value) []Value {
	ft := v.Type().common()
	if v.flag&flagMethod == 0 && v.IsNil() {
		panic("reflect: call of nil function")
	}
	// spread: a variadic function called with Call gets its trailing
	// arguments gathered into a new slice; CallSlice passes one as is.
	spread := op == "Call" && ft.IsVariadic()
	fixed := ft.numIn()
	if spread {
		fixed--
	}
	switch {
	case op == "CallSlice" && !ft.IsVariadic():
		panic("reflect: CallSlice of non-variadic function")
	case len(in) < fixed:
		panic("reflect: " + op + " with too few input arguments")
	case len(in) > fixed && !spread:
		panic("reflect: " + op + " with too many input arguments")
	}
	for _, arg := range in {
		if !arg.IsValid() {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i, arg := range in[:fixed] {
		if at, pt := arg.Type(), ft.In(i); !at.AssignableTo(pt) {
			panic("reflect: " + op + " using " + at.String() + " as type " + pt.String())
		}
	}
	if spread {
		rest := in[fixed:]
		tail := MakeSlice(ft.In(fixed), len(rest), len(rest))
		et := tail.Type().Elem()
		for i, arg := range rest {
			if !arg.Type().AssignableTo(et) {
				panic("reflect: cannot use " + arg.Type().String() + " as type " + et.String() + " in " + op)
			}
			tail.Index(i).Set(arg)
		}
		in = append(in[:fixed:fixed], tail)
	}
	args := make([]unsafe.Pointer, len(in))
	for i, x := range in {
		x.mustBeExported(x, "reflect.Value."+op)
		args[i] = x.assignTo("reflect.Value."+op, ft.in(i)).ptr
	}
	var outs []unsafe.Pointer
	if v.flag&flagMethod != 0 {
		outs = call(nil, v.typ_, v.ptr, int(v.flag)>>flagMethodShift, args)
	} else {
		outs = call(v.ptr, nil, nil, 0, args)
	}
	ret := make([]Value, len(outs))
	for i, p := range outs {
		ret[i] = Value{ft.out(i), p, 0}
	}
	return ret
}

// Convert returns the value v converted to type t.
func (v Value) Convert(t Type) Value {
	if v.flag&flagMethod != 0 {
		panic("reflect.Value.Convert of a method value is not supported by Interleave")
	}
	if !v.typ_.ConvertibleTo(t) {
		panic("reflect.Value.Convert: value of type " + v.typ_.String() + " cannot be converted to type " + t.String())
	}
	dst := t.common()
	if dst.Kind() == Interface {
		return v.assignTo("reflect.Value.Convert", dst)
	}
	if n := arrayLenFor(v, t); n > 0 && n > v.Len() {
		target := "array"
		if t.Kind() == Pointer {
			target = "pointer to array"
		}
		panic("reflect: cannot convert slice with length " + itoa(v.Len()) + " to " + target + " with length " + itoa(n))
	}
	return Value{dst, convertCell(v.typ_, v.ptr, dst, v.flag&flagAddr != 0), v.flag.ro()}
}

// CanConvert reports whether the value v can be converted to type t.
func (v Value) CanConvert(t Type) bool {
	return v.Type().ConvertibleTo(t) && (v.Kind() != Slice || arrayLenFor(v, t) <= v.Len())
}

// arrayLenFor is how many elements converting v to t takes when v is a
// slice and t an array or a pointer to one (which Convert panics over
// and CanConvert refuses if v is shorter), and 0 otherwise.
func arrayLenFor(v Value, t Type) int {
	if v.Kind() != Slice {
		return 0
	}
	switch t.Kind() {
	case Array:
		return t.Len()
	case Pointer:
		if t.Elem().Kind() == Array {
			return t.Elem().Len()
		}
	}
	return 0
}

// Comparable reports whether the value v is comparable.
func (v Value) Comparable() bool {
	switch v.Kind() {
	case Invalid, Func, Map, Slice:
		return false
	case Interface:
		return v.IsNil() || v.Elem().Comparable()
	case Array:
		return all(v.Len(), func(i int) bool { return v.Index(i).Comparable() })
	case Struct:
		return all(v.NumField(), func(i int) bool { return v.Field(i).Comparable() })
	}
	return true
}

// Equal reports true if v is equal to u.
func (v Value) Equal(u Value) bool {
	v, u = v.unwrapInterface(), u.unwrapInterface()
	if !v.IsValid() || !u.IsValid() {
		return v.IsValid() == u.IsValid()
	}
	if v.Kind() != u.Kind() || v.typ_ != u.typ_ {
		return false
	}
	switch v.Kind() {
	case Func, Map, Slice:
		panic("reflect.Value.Equal: values of type " + v.Type().String() + " are not comparable")
	case Array:
		return all(v.Len(), func(i int) bool { return v.Index(i).Equal(u.Index(i)) })
	case Struct:
		return all(v.NumField(), func(i int) bool { return v.Field(i).Equal(u.Field(i)) })
	}
	return valueInterface(v, false) == valueInterface(u, false)
}

// unwrapInterface is the value an interface holds, or v for other kinds.
func (v Value) unwrapInterface() Value {
	if v.Kind() == Interface {
		return v.Elem()
	}
	return v
}

func (v Value) OverflowComplex(x complex128) bool {
	k := v.Kind()
	if k != Complex64 && k != Complex128 {
		panic(&ValueError{"reflect.Value.OverflowComplex", k})
	}
	return v.typ_.OverflowComplex(x)
}

func (v Value) OverflowFloat(x float64) bool {
	k := v.Kind()
	if k != Float32 && k != Float64 {
		panic(&ValueError{"reflect.Value.OverflowFloat", k})
	}
	return v.typ_.OverflowFloat(x)
}

func (v Value) OverflowInt(x int64) bool {
	switch k := v.Kind(); k {
	case Int, Int8, Int16, Int32, Int64:
		return v.typ_.OverflowInt(x)
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.Kind()})
}

func (v Value) OverflowUint(x uint64) bool {
	switch k := v.Kind(); k {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		return v.typ_.OverflowUint(x)
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.Kind()})
}

// Swapper returns a function that swaps elements i and j of slice, which
// must be a slice. It returns one closure per case of Go's Swapper, in
// Go's order, so that a race report names the same one (func5 for []int);
// the fast cases panic with a runtime index error, as Go's do.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	switch v.Len() {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	switch swapperCase(slice) {
	case 3: // a pointer-sized element with pointers
		return func(i, j int) { swapElems(slice, i, j, true) }
	case 4: // string
		return func(i, j int) { swapElems(slice, i, j, true) }
	case 5: // 8 bytes without pointers
		return func(i, j int) { swapElems(slice, i, j, true) }
	case 6: // 4 bytes
		return func(i, j int) { swapElems(slice, i, j, true) }
	case 7: // 2 bytes
		return func(i, j int) { swapElems(slice, i, j, true) }
	case 8: // 1 byte
		return func(i, j int) { swapElems(slice, i, j, true) }
	}
	return func(i, j int) { swapElems(slice, i, j, false) }
}

// TypeAssert is semantically equivalent to v2, ok := v.Interface().(T).
func TypeAssert[T any](v Value) (T, bool) {
	x, ok := valueInterface(v, true).(T)
	return x, ok
}

// Channel operations. Each is a visible operation of the VM's channels
// (runner/vm/reflectchan.go): Send and Recv park as the language's send and
// receive do, TrySend and TryRecv are a select with a default, Select is a
// select over a case list built at run time, and Close is close.

// Send sends x on the channel v.
func (v Value) Send(x Value) {
	v.mustBe(Chan, "reflect.Value.Send")
	v.mustBeExported(v, "reflect.Value.Send")
	v.send(x, false)
}

// TrySend attempts to send x on the channel v but will not block; it
// reports whether the value was sent.
func (v Value) TrySend(x Value) bool {
	v.mustBe(Chan, "reflect.Value.TrySend")
	v.mustBeExported(v, "reflect.Value.TrySend")
	return v.send(x, true)
}

func (v Value) send(x Value, nb bool) bool {
	if v.typ_.ChanDir()&SendDir == 0 {
		panic("reflect: send on recv-only channel")
	}
	x.mustBeExported(x, "reflect.Value.Send")
	x = x.assignTo("reflect.Value.Send", v.typ_.elem())
	return chansend(v.ptr, x.ptr, nb)
}

// Recv receives and returns a value from the channel v, blocking until
// one is ready; ok is false for the zero value of a closed channel.
func (v Value) Recv() (Value, bool) {
	v.mustBe(Chan, "reflect.Value.Recv")
	v.mustBeExported(v, "reflect.Value.Recv")
	return v.recv(false)
}

// TryRecv attempts to receive a value from the channel v but will not
// block: the zero Value and false when no value is ready.
func (v Value) TryRecv() (Value, bool) {
	v.mustBe(Chan, "reflect.Value.TryRecv")
	v.mustBeExported(v, "reflect.Value.TryRecv")
	return v.recv(true)
}

func (v Value) recv(nb bool) (Value, bool) {
	if v.typ_.ChanDir()&RecvDir == 0 {
		panic("reflect: recv on send-only channel")
	}
	p, selected, ok := chanrecv(v.ptr, nb)
	if !selected {
		return Value{}, false
	}
	t := v.typ_.elem()
	return Value{t, p, 0}, ok
}

// Close closes the channel v, panicking as close does.
func (v Value) Close() {
	v.mustBe(Chan, "reflect.Value.Close")
	v.mustBeExported(v, "reflect.Value.Close")
	if v.typ_.ChanDir()&SendDir == 0 {
		panic("reflect: close of receive-only channel")
	}
	chanclose(v.ptr)
}

// Select executes a select operation described by the list of cases: it
// blocks until a case can proceed (unless one is a default), chooses
// uniformly among those that can (the scheduler's choice), and returns
// its index and, for a receive, the value and whether it was sent.
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	if len(cases) > 65536 {
		panic("reflect.Select: too many cases (max 65536)")
	}
	dirs := make([]SelectDir, len(cases))
	chans := make([]unsafe.Pointer, len(cases))
	vals := make([]unsafe.Pointer, len(cases))
	elems := make([]*rtype, len(cases)) // of the receive cases
	dflt := -1
	for i, c := range cases {
		dirs[i] = c.Dir
		switch c.Dir {
		default:
			panic("reflect.Select: invalid Dir")
		case SelectDefault:
			if dflt >= 0 {
				panic("reflect.Select: multiple default cases")
			}
			dflt = i
			if c.Chan.IsValid() {
				panic("reflect.Select: default case has Chan value")
			}
			if c.Send.IsValid() {
				panic("reflect.Select: default case has Send value")
			}
		case SelectSend:
			ch := c.Chan
			if !ch.IsValid() {
				break
			}
			ch.mustBe(Chan, "reflect.Select")
			ch.mustBeExported(ch, "reflect.Select")
			if ch.typ_.ChanDir()&SendDir == 0 {
				panic("reflect.Select: SendDir case using recv-only channel")
			}
			x := c.Send
			if !x.IsValid() {
				panic("reflect.Select: SendDir case missing Send value")
			}
			x.mustBeExported(x, "reflect.Select")
			x = x.assignTo("reflect.Select", ch.typ_.elem())
			chans[i], vals[i] = ch.ptr, x.ptr
		case SelectRecv:
			if c.Send.IsValid() {
				panic("reflect.Select: RecvDir case has Send value")
			}
			ch := c.Chan
			if !ch.IsValid() {
				break
			}
			ch.mustBe(Chan, "reflect.Select")
			ch.mustBeExported(ch, "reflect.Select")
			if ch.typ_.ChanDir()&RecvDir == 0 {
				panic("reflect.Select: RecvDir case using send-only channel")
			}
			chans[i], elems[i] = ch.ptr, ch.typ_.elem()
		}
	}
	chosen, p, ok := rselect(dirs, chans, vals, dflt < 0)
	if chosen < 0 {
		return dflt, Value{}, false
	}
	if dirs[chosen] == SelectRecv {
		recv = Value{elems[chosen], p, 0}
	}
	return chosen, recv, ok
}
