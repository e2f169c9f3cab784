package vm

import (
	"go/types"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/types/typeutil"
)

// Kind classifies a Type for the VM's fast paths.
type Kind uint8

const (
	KInvalid Kind = iota
	KBool
	KInt
	KInt8
	KInt16
	KInt32
	KInt64
	KUint
	KUint8
	KUint16
	KUint32
	KUint64
	KUintptr
	KFloat32
	KFloat64
	KComplex64
	KComplex128
	KString
	KPointer
	KStruct
	KArray
	KSlice
	KMap
	KChan
	KFunc
	KInterface
	KTuple
	KUnsafePointer
)

// Type is an interned Go type with what the VM needs to know about it.
type Type struct {
	T      types.Type
	Kind   Kind
	Elem   *Type   // pointer, slice, array, chan: element; map: value
	Key    *Type   // map key
	Fields []*Type // struct fields, tuple elements
	Len    int64   // array length
	Size   int64   // size in bytes on a 64-bit target
	Name   string  // as the Go runtime prints it, e.g. "main.T", "*main.T", "[]int"

	methods map[string]*Func // method set, by method name (exported) or Id

	// For a type of the standard library that compiled code converts to
	// an interface: the types reflection can derive from it (closureOf),
	// computed once under the image's lock.
	rtClosure []*Type
	rtClosed  bool

	// What fmt's fast paths learned about the type (fmtfast.go), kept
	// here so that it goes when the type's image goes: a process-wide
	// map by *Type kept every replaced std image alive.
	fmtPlainMemo  atomic.Int32 // 0 not known yet, 1 plain, 2 not plain
	fmtLayoutMemo atomic.Pointer[fmtState]

	// reflect's numbering of its methods (reflectMethods), likewise.
	reflectMethods atomic.Pointer[[]reflectMethod]
}

// IsAggregate reports whether values of t are stored as []Value (or, for
// an array of bytes or bools, a []byte: bytes.go) with value semantics
// (struct and array).
func (t *Type) IsAggregate() bool { return t.Kind == KStruct || t.Kind == KArray }

// Signed reports whether t is a signed integer type.
func (t *Type) Signed() bool { return t.Kind >= KInt && t.Kind <= KInt64 }

// Unsigned reports whether t is an unsigned integer type.
func (t *Type) Unsigned() bool { return t.Kind >= KUint && t.Kind <= KUintptr }

// IsInteger reports whether t is an integer type.
func (t *Type) IsInteger() bool { return t.Kind >= KInt && t.Kind <= KUintptr }

// IsFloat reports whether t is a floating-point type.
func (t *Type) IsFloat() bool { return t.Kind == KFloat32 || t.Kind == KFloat64 }

// Method returns t's method with the given name, or nil.
func (t *Type) Method(name string) *Func { return t.methods[name] }

// typeTable interns types for one Program.
type typeTable struct {
	mu    sync.Mutex
	m     typeutil.Map
	sizes sizer // under mu
}

// size is t's size in bytes on a 64-bit target.
func (tt *typeTable) size(t types.Type) int64 {
	tt.mu.Lock()
	defer tt.mu.Unlock()
	return tt.sizes.size(t)
}

func (tt *typeTable) intern(t types.Type) *Type {
	tt.mu.Lock()
	defer tt.mu.Unlock()
	return tt.internLocked(t)
}

func (tt *typeTable) internLocked(t types.Type) *Type {
	if x := tt.m.At(t); x != nil {
		return x.(*Type)
	}
	rt := &Type{T: t, Name: typeName(t)}
	tt.m.Set(t, rt)
	rt.Size = tt.sizes.size(t)
	switch u := t.Underlying().(type) {
	case *types.Basic:
		rt.Kind = basicKinds[u.Kind()]
	case *types.Pointer:
		rt.Kind = KPointer
		rt.Elem = tt.internLocked(u.Elem())
	case *types.Struct:
		rt.Kind = KStruct
		for i := 0; i < u.NumFields(); i++ {
			rt.Fields = append(rt.Fields, tt.internLocked(u.Field(i).Type()))
		}
	case *types.Array:
		rt.Kind = KArray
		rt.Len = u.Len()
		rt.Elem = tt.internLocked(u.Elem())
	case *types.Slice:
		rt.Kind = KSlice
		rt.Elem = tt.internLocked(u.Elem())
	case *types.Map:
		rt.Kind = KMap
		rt.Key = tt.internLocked(u.Key())
		rt.Elem = tt.internLocked(u.Elem())
	case *types.Chan:
		rt.Kind = KChan
		rt.Elem = tt.internLocked(u.Elem())
	case *types.Signature:
		rt.Kind = KFunc
	case *types.Interface:
		rt.Kind = KInterface
	case *types.Tuple:
		rt.Kind = KTuple
		for i := 0; i < u.Len(); i++ {
			rt.Fields = append(rt.Fields, tt.internLocked(u.At(i).Type()))
		}
	}
	return rt
}

var basicKinds = [...]Kind{
	types.Bool: KBool, types.Int: KInt, types.Int8: KInt8, types.Int16: KInt16,
	types.Int32: KInt32, types.Int64: KInt64, types.Uint: KUint, types.Uint8: KUint8,
	types.Uint16: KUint16, types.Uint32: KUint32, types.Uint64: KUint64,
	types.Uintptr: KUintptr, types.Float32: KFloat32, types.Float64: KFloat64,
	types.Complex64: KComplex64, types.Complex128: KComplex128, types.String: KString,
	types.UnsafePointer: KUnsafePointer, types.UntypedBool: KBool, types.UntypedInt: KInt,
	types.UntypedRune: KInt32, types.UntypedFloat: KFloat64, types.UntypedString: KString,
	types.UntypedNil: KUnsafePointer,
}

// typeName renders t the way the Go runtime and %T print it.
func typeName(t types.Type) string {
	if tu, ok := t.(*types.Tuple); ok {
		// Not a Go type: multi-value results, named for debugging only.
		return tu.String()
	}
	return runtimeTypeString(t)
}

// Zero returns the zero value of t.
func (t *Type) Zero() Value {
	switch t.Kind {
	case KStruct:
		elems := make([]Value, len(t.Fields))
		for i, f := range t.Fields {
			if f.IsAggregate() {
				elems[i] = f.Zero()
			}
		}
		return Value{R: elems}
	case KArray:
		if t.compact() {
			return zeroBytes(t.Len)
		}
		elems := make([]Value, t.Len)
		if t.Elem.IsAggregate() {
			for i := range elems {
				elems[i] = t.Elem.Zero()
			}
		}
		return Value{R: elems}
	}
	return Value{}
}

// zeroInto sets the value of type t in cell p to t's zero value in place,
// keeping the identity of aggregate storage (as storeInto does).
func zeroInto(p *Value, t *Type) {
	if !t.IsAggregate() {
		*p = Value{}
		return
	}
	if t.compact() {
		if b := bytesOf(*p); int64(len(b)) == t.Len {
			clear(b)
		} else {
			*p = t.Zero()
		}
		return
	}
	elems := p.Elems()
	switch {
	case t.Kind == KStruct && len(elems) == len(t.Fields):
		for i, f := range t.Fields {
			if f.IsAggregate() {
				zeroInto(&elems[i], f)
			} else {
				elems[i] = Value{}
			}
		}
	case t.Kind == KArray && int64(len(elems)) == t.Len:
		if t.Elem.IsAggregate() {
			for i := range elems {
				zeroInto(&elems[i], t.Elem)
			}
		} else {
			clear(elems)
		}
	default:
		*p = t.Zero()
	}
}

// copyVal returns a deep copy of v, a value of type t, sharing nothing
// mutable with v. Only aggregates need copying.
func copyVal(v Value, t *Type) Value {
	switch t.Kind {
	case KStruct:
		src := v.Elems()
		dst := make([]Value, len(src))
		for i, f := range t.Fields {
			if f.IsAggregate() {
				dst[i] = copyVal(src[i], f)
			} else {
				dst[i] = src[i]
			}
		}
		return Value{R: dst}
	case KArray:
		if t.compact() {
			return copyBytes(v)
		}
		src := v.Elems()
		dst := make([]Value, len(src))
		if t.Elem.IsAggregate() {
			for i := range src {
				dst[i] = copyVal(src[i], t.Elem)
			}
		} else {
			copy(dst, src)
		}
		return Value{R: dst}
	}
	return v
}

// storeInto writes v, a value of type t, into the memory cell p, keeping the
// identity of aggregate storage so that pointers into it stay valid.
func storeInto(p *Value, v Value, t *Type) {
	if !t.IsAggregate() {
		*p = v
		return
	}
	if t.compact() {
		dst, src := bytesOf(*p), bytesOf(v)
		if dst == nil || len(dst) != len(src) {
			*p = copyBytes(v)
		} else {
			copy(dst, src)
		}
		return
	}
	dst, src := p.Elems(), v.Elems()
	if dst == nil || len(dst) != len(src) {
		*p = copyVal(v, t)
		return
	}
	switch t.Kind {
	case KStruct:
		for i, f := range t.Fields {
			storeInto(&dst[i], src[i], f)
		}
	case KArray:
		if t.Elem.IsAggregate() {
			for i := range src {
				storeInto(&dst[i], src[i], t.Elem)
			}
		} else {
			copy(dst, src)
		}
	}
}

// sizer computes gc's sizes and alignments with a memo. go/types' own
// Sizes recomputes every nested struct from scratch, which is exponential
// in the nesting of struct types that hold two fields of the level below.
type sizer struct {
	memo  map[types.Type][2]int64 // size, alignment
	steps int                     // layouts computed, for the test that they stay linear
}

func (sz *sizer) size(t types.Type) int64 { s, _ := sz.layout(t); return s }

func (sz *sizer) layout(t types.Type) (size, align int64) {
	if r, ok := sz.memo[t]; ok {
		return r[0], r[1]
	}
	sz.steps++
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch u.Kind() {
		case types.Bool, types.Int8, types.Uint8:
			size, align = 1, 1
		case types.Int16, types.Uint16:
			size, align = 2, 2
		case types.Int32, types.Uint32, types.Float32, types.UntypedRune:
			size, align = 4, 4
		case types.Complex64:
			size, align = 8, 4
		case types.Complex128:
			size, align = 16, 8
		case types.String, types.UntypedString:
			size, align = 16, 8
		default:
			size, align = 8, 8
		}
	case *types.Interface:
		size, align = 16, 8
	case *types.Slice:
		size, align = 24, 8
	case *types.Array:
		es, ea := sz.layout(u.Elem())
		size, align = es*u.Len(), ea
	case *types.Struct:
		var off int64
		align = 1
		lastZero := false
		for i := 0; i < u.NumFields(); i++ {
			fs, fa := sz.layout(u.Field(i).Type())
			off = (off + fa - 1) &^ (fa - 1)
			off += fs
			align = max(align, fa)
			lastZero = fs == 0
		}
		// gc pads a struct ending in a zero-size field, so that a pointer
		// to that field cannot point past the object.
		if off > 0 && lastZero {
			off++
		}
		size = (off + align - 1) &^ (align - 1)
	default: // pointers, maps, channels, functions, tuples, type parameters
		size, align = 8, 8
	}
	if sz.memo == nil {
		sz.memo = map[types.Type][2]int64{}
	}
	sz.memo[t] = [2]int64{size, align}
	return size, align
}
