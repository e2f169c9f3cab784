// Go's reflect reads the gc runtime's type descriptors and memory layout; the VM has its own (runner/vm/reflect.go), so the whole package is Interleave's.
//std:exclude *
// Go's own definitions of Kind, ChanDir and StructTag, from GOROOT; their
// String and Lookup methods are below, because Go's use strconv, which
// imports reflect here (through errors and internal/reflectlite).
//std:take type.go Kind Invalid kindNames Ptr ChanDir RecvDir StructTag StructTag.Get rtype.OverflowComplex rtype.OverflowFloat rtype.OverflowInt rtype.OverflowUint
//std:take value.go overflowFloat32 SelectDir SelectSend SelectCase

// Package reflect is Interleave's reflect. A Type is the VM's interned type
// descriptor (*rtype's value is the VM's *Type, never dereferenced here),
// and a Value is a type, a pointer to the VM memory cell holding the value,
// and flags, as in Go. Scalars are read and written through that pointer
// with unsafe casts exactly as Go's reflect does; what needs the VM's
// layout (field and element addresses, copies of aggregates, maps, calls,
// method sets, new types) is an intrinsic.
//
// It imports nothing but unsafe and iter, so that internal/reflectlite (and
// through it errors, sort and context) can be built on it without an
// import cycle.
package reflect

import "unsafe"

// String returns the name of k.
func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[uint(k)]
	}
	return "kind" + itoa(int(k))
}

// String spells the direction as in a channel type.
func (d ChanDir) String() string {
	if s, ok := map[ChanDir]string{SendDir: "chan<-", RecvDir: "<-chan", BothDir: "chan"}[d]; ok {
		return s
	}
	return "ChanDir" + itoa(int(d))
}

// Lookup returns the value for key in the tag, which is conventionally a
// space-separated list of key:"quoted value" pairs; ok says whether key is
// there. Parsing stops at the first malformed pair, as Go's does.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	rest := string(tag)
	for {
		for rest != "" && rest[0] == ' ' {
			rest = rest[1:]
		}
		name, quoted, after, found := nextTagPair(rest)
		if !found {
			return "", false
		}
		if name == key {
			v, bad := unquote(quoted)
			return v, !bad
		}
		rest = after
	}
}

// nextTagPair splits the pair at the start of s into its name and quoted
// value (quotes included) and what follows; found is false when s does not
// start with a well-formed pair.
func nextTagPair(s string) (name, quoted, rest string, found bool) {
	colon := 0
	for colon < len(s) && s[colon] > ' ' && s[colon] != ':' && s[colon] != '"' && s[colon] != 0x7f {
		colon++
	}
	if colon == 0 || colon+1 >= len(s) || s[colon] != ':' || s[colon+1] != '"' {
		return "", "", "", false
	}
	q := s[colon+1:]
	end := 1
	for end < len(q) && q[end] != '"' {
		if q[end] == '\\' {
			end++ // the escaped character cannot end the value
		}
		end++
	}
	if end >= len(q) {
		return "", "", "", false
	}
	return s[:colon], q[:end+1], q[end+1:], true
}

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	OverflowComplex(x complex128) bool
	OverflowFloat(x float64) bool
	OverflowInt(x int64) bool
	OverflowUint(x uint64) bool
	CanSeq() bool
	CanSeq2() bool
	common() *rtype
}

// rtype is the VM's type descriptor. Its methods are intrinsics or built
// on them; a *rtype is never dereferenced.
type rtype struct{ _ [0]func() }

func (t *rtype) common() *rtype { return t }

// Intrinsics: what the VM's descriptor says.
func (t *rtype) String() string
func (t *rtype) Name() string
func (t *rtype) PkgPath() string
func (t *rtype) Size() uintptr
func (t *rtype) Align() int
func (t *rtype) Comparable() bool
func (t *rtype) IsVariadic() bool
func (t *rtype) kind() Kind
func (t *rtype) elem() *rtype
func (t *rtype) key() *rtype
func (t *rtype) arrayLen() int
func (t *rtype) numField() int
func (t *rtype) numIn() int
func (t *rtype) numOut() int
func (t *rtype) in(i int) *rtype
func (t *rtype) out(i int) *rtype
func (t *rtype) chanDir() int
func (t *rtype) implements(u *rtype) bool
func (t *rtype) assignableTo(u *rtype) bool
func (t *rtype) convertibleTo(u *rtype) bool

// field describes struct field i.
func (t *rtype) field(i int) (name, pkgPath string, typ *rtype, tag string, offset uintptr, embedded bool)

// numMethod counts the exported methods (all methods of an interface).
func (t *rtype) numMethod() int

// method describes method i in Go's order (sorted by name); mtyp is the
// method's type without receiver, ftyp with it (nil for interfaces).
func (t *rtype) method(i int) (name, pkgPath string, mtyp, ftyp *rtype)

// toType turns a possibly nil *rtype into a Type, nil for nil.
func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

func (t *rtype) Kind() Kind {
	if t == nil {
		return Invalid
	}
	return t.kind()
}

func (t *rtype) FieldAlign() int { return t.Align() }

// Bits is the size in bits of a sized numeric kind (Int through
// Complex128), with Go's panics otherwise.
func (t *rtype) Bits() int {
	switch {
	case t == nil:
		panic("reflect: Bits of nil Type")
	case t.Kind() >= Int && t.Kind() <= Complex128:
		return 8 * int(t.Size())
	}
	panic("reflect: Bits of non-arithmetic Type " + t.String())
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	return ChanDir(t.chanDir())
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.elem())
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(t.key())
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return t.arrayLen()
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return t.numField()
}

func (t *rtype) NumIn() int {
	if t.Kind() != Func {
		panic("reflect: NumIn of non-func type " + t.String())
	}
	return t.numIn()
}

func (t *rtype) NumOut() int {
	if t.Kind() != Func {
		panic("reflect: NumOut of non-func type " + t.String())
	}
	return t.numOut()
}

func (t *rtype) In(i int) Type {
	if t.Kind() != Func {
		panic("reflect: In of non-func type " + t.String())
	}
	if i < 0 || i >= t.numIn() {
		panic("reflect: Function index out of range")
	}
	return toType(t.in(i))
}

func (t *rtype) Out(i int) Type {
	if t.Kind() != Func {
		panic("reflect: Out of non-func type " + t.String())
	}
	if i < 0 || i >= t.numOut() {
		panic("reflect: Function index out of range")
	}
	return toType(t.out(i))
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return t.implements(u.common())
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return t.assignableTo(u.common())
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return t.convertibleTo(u.common())
}

func (t *rtype) CanSeq() bool {
	switch t.Kind() {
	case Int8, Int16, Int32, Int64, Int, Uint8, Uint16, Uint32, Uint64, Uint, Uintptr, Array, Slice, Chan, String, Map:
		return true
	case Func:
		return canRangeFunc(t, 1)
	case Pointer:
		return t.Elem().Kind() == Array
	}
	return false
}

func (t *rtype) CanSeq2() bool {
	switch t.Kind() {
	case Array, Slice, String, Map:
		return true
	case Func:
		return canRangeFunc(t, 2)
	case Pointer:
		return t.Elem().Kind() == Array
	}
	return false
}

// canRangeFunc reports whether t is func(yield func(K...) bool) with n
// yielded values.
func canRangeFunc(t *rtype, n int) bool {
	if t.NumIn() != 1 || t.NumOut() != 0 {
		return false
	}
	y := t.In(0)
	if y.Kind() != Func || y.NumIn() != n || y.NumOut() != 1 || y.Out(0).Kind() != Bool {
		return false
	}
	return true
}

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= t.numField() {
		panic("reflect: Field index out of bounds")
	}
	name, pkg, typ, tag, off, emb := t.field(i)
	return StructField{Name: name, PkgPath: pkg, Type: toType(typ), Tag: StructTag(tag), Offset: off, Index: []int{i}, Anonymous: emb}
}

func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var cur Type = t
	for depth, i := range index {
		if depth > 0 {
			if cur.Kind() == Pointer && cur.Elem().Kind() == Struct {
				cur = cur.Elem()
			}
		}
		f = cur.Field(i)
		cur = f.Type
	}
	f.Index = append([]int(nil), index...)
	return f
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	return t.FieldByNameFunc(func(s string) bool { return s == name })
}

// FieldByNameFunc searches the struct and its embedded structs breadth
// first, as Go's selector rules do: the shallowest match wins, and two
// matches at the same depth cancel each other out.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByNameFunc of non-struct type " + t.String())
	}
	type scan struct {
		typ   *rtype
		index []int
	}
	next := []scan{{typ: t}}
	visited := map[*rtype]bool{}
	for len(next) > 0 {
		current := next
		next = nil
		// A struct type reached twice at one depth makes its fields
		// ambiguous there.
		times := map[*rtype]int{}
		for _, s := range current {
			times[s.typ]++
		}
		var result StructField
		matches := 0
		for _, s := range current {
			if visited[s.typ] {
				continue
			}
			visited[s.typ] = true
			for i := 0; i < s.typ.numField(); i++ {
				f := s.typ.Field(i)
				index := append(append([]int(nil), s.index...), i)
				if match(f.Name) {
					matches += times[s.typ]
					result = f
					result.Index = index
					continue
				}
				if !f.Anonymous {
					continue
				}
				ft := f.Type.common()
				if ft.Kind() == Pointer {
					ft = ft.elem()
				}
				if ft.Kind() == Struct {
					next = append(next, scan{ft, index})
				}
			}
		}
		if matches == 1 {
			return result, true
		}
		if matches > 1 {
			return StructField{}, false
		}
	}
	return StructField{}, false
}

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

func (t *rtype) NumMethod() int { return t.numMethod() }

func (t *rtype) Method(i int) Method {
	if i < 0 || i >= t.numMethod() {
		panic("reflect: Method index out of range")
	}
	name, pkg, mtyp, ftyp := t.method(i)
	m := Method{Name: name, PkgPath: pkg, Index: i}
	if t.Kind() == Interface {
		m.Type = toType(mtyp)
		return m
	}
	m.Type = toType(ftyp)
	m.Func = Value{ftyp, methodExprCell(t, i), 0}
	return m
}

// methodExprCell is a cell holding the method expression T.M as a func.
func methodExprCell(t *rtype, i int) unsafe.Pointer

func (t *rtype) MethodByName(name string) (Method, bool) {
	n := t.numMethod()
	for i := 0; i < n; i++ {
		if mn, _, _, _ := t.method(i); mn == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

// unquote interprets a double-quoted Go string literal; err reports a
// malformed one. An intrinsic: the host's strconv.Unquote.
func unquote(s string) (string, bool)

// TypeOf returns the dynamic type of i, nil for a nil interface.
func TypeOf(i any) Type { return toType(typeOf(i)) }

func typeOf(i any) *rtype

// TypeFor returns the Type that represents the type argument T.
func TypeFor[T any]() Type {
	return TypeOf((*T)(nil)).Elem()
}

// PtrTo is the old name for PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return toType(ptrTo(t.common())) }

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type { return toType(sliceOf(t.common())) }

// ArrayOf returns the array type with the given length and element type.
func ArrayOf(length int, elem Type) Type {
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	return toType(arrayOf(length, elem.common()))
}

// MapOf returns the map type with the given key and element types.
func MapOf(key, elem Type) Type {
	if !key.Comparable() {
		panic("reflect.MapOf: invalid key type " + key.String())
	}
	return toType(mapOf(key.common(), elem.common()))
}

// ChanOf returns the channel type with the given direction and element type.
func ChanOf(dir ChanDir, t Type) Type {
	if dir < RecvDir || dir > BothDir {
		panic("reflect.ChanOf: invalid dir")
	}
	return toType(chanOf(int(dir), t.common()))
}

// FuncOf returns the function type with the given argument and result types.
func FuncOf(in, out []Type, variadic bool) Type {
	if variadic && (len(in) == 0 || in[len(in)-1].Kind() != Slice) {
		panic("reflect.FuncOf: last arg of variadic func must be slice")
	}
	ins := make([]*rtype, len(in))
	for i, t := range in {
		ins[i] = t.common()
	}
	outs := make([]*rtype, len(out))
	for i, t := range out {
		outs[i] = t.common()
	}
	return toType(funcOf(ins, outs, variadic))
}

func ptrTo(t *rtype) *rtype
func sliceOf(t *rtype) *rtype
func arrayOf(n int, t *rtype) *rtype
func mapOf(k, e *rtype) *rtype
func chanOf(dir int, t *rtype) *rtype
func funcOf(in, out []*rtype, variadic bool) *rtype

// StructOf is not supported: the VM's types come from go/types, and a
// struct made at run time would have no package to belong to.
func StructOf(fields []StructField) Type {
	panic("reflect.StructOf is not supported by Interleave")
}

// itoa formats i in decimal; reflect cannot import strconv (strconv →
// errors → internal/reflectlite → reflect).
func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	u := uint64(i)
	if neg {
		u = -u
	}
	var b [20]byte
	n := len(b)
	for u > 0 {
		n--
		b[n] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}
