package vm

// Tests for format.go. The oracle is the real fmt package: every case is a
// format and host operands; the operands are converted to VM values (with
// go/types types interned through a typeTable) and formatted by format.go,
// and the result must equal fmt's. Error, String and GoString methods are
// run by a bridge that converts the VM receiver back to a host value and
// calls the host method through reflect, so method handling is checked
// against fmt too.

import (
	"errors"
	"fmt"
	"go/token"
	"go/types"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// ---------------------------------------------------------------------------
// Host types used as operands.

type point struct{ X, Y int }

type pair struct {
	Name  string
	Score float64
	tags  []string
}

type inner struct{ A int }

type outer struct {
	I   inner
	P   *inner
	Any any
	Err error
	b   bool
}

type myInt int

type myStr string

type myBytes []byte

type celsius float64

func (c celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

type codeErr struct{ code int }

func (e *codeErr) Error() string { return "code " + strconv.Itoa(e.code) }

type errAndString struct{}

func (errAndString) Error() string  { return "E" }
func (errAndString) String() string { return "S" }

type panicky struct{ msg string }

func (p panicky) String() string { panic(p.msg) }

type nilSafe struct{}

func (n *nilSafe) String() string {
	if n == nil {
		return "nil-safe"
	}
	return "non-nil"
}

type valRecv struct{ A int }

func (v valRecv) String() string { return "valRecv" + strconv.Itoa(v.A) }

type goSyntax struct{ A int }

func (goSyntax) GoString() string { return "GS!" }
func (goSyntax) String() string   { return "S!" }

type derefer struct{ p *int }

func (d derefer) String() string { return strconv.Itoa(*d.p) }

type withStringers struct {
	Pub  celsius
	priv celsius
	Ptr  *valRecv
}

type badStringer int

func (badStringer) String(int) string { return "never" }

type key struct {
	A string
	B int
}

// ---------------------------------------------------------------------------
// The bridge between host values and VM values.

type bridge struct {
	tt      typeTable
	m       *Machine
	pkgs    map[string]*types.Package
	gotypes map[reflect.Type]types.Type
	host    map[*Type]reflect.Type
	cells   map[[2]uintptr]*Value // host pointer and type → VM cell
	funcs   map[uintptr]*Func
	chans   map[uintptr]*Chan
	hostPtr map[*Value]reflect.Value
}

func newBridge() *bridge {
	return &bridge{
		m:       &Machine{objIDs: map[any]int{}},
		pkgs:    map[string]*types.Package{},
		gotypes: map[reflect.Type]types.Type{},
		host:    map[*Type]reflect.Type{},
		cells:   map[[2]uintptr]*Value{},
		funcs:   map[uintptr]*Func{},
		chans:   map[uintptr]*Chan{},
		hostPtr: map[*Value]reflect.Value{},
	}
}

var basicOfKind = map[reflect.Kind]types.BasicKind{
	reflect.Bool: types.Bool, reflect.Int: types.Int, reflect.Int8: types.Int8,
	reflect.Int16: types.Int16, reflect.Int32: types.Int32, reflect.Int64: types.Int64,
	reflect.Uint: types.Uint, reflect.Uint8: types.Uint8, reflect.Uint16: types.Uint16,
	reflect.Uint32: types.Uint32, reflect.Uint64: types.Uint64, reflect.Uintptr: types.Uintptr,
	reflect.Float32: types.Float32, reflect.Float64: types.Float64,
	reflect.Complex64: types.Complex64, reflect.Complex128: types.Complex128,
	reflect.String: types.String, reflect.UnsafePointer: types.UnsafePointer,
}

// typ interns the VM type for rt and gives it the methods fmt looks for.
func (b *bridge) typ(rt reflect.Type) *Type {
	t := b.tt.intern(b.gotype(rt))
	if _, ok := b.host[t]; !ok {
		b.host[t] = rt
		for _, name := range []string{"Error", "String", "GoString"} {
			if _, ok := rt.MethodByName(name); ok {
				if t.methods == nil {
					t.methods = map[string]*Func{}
				}
				t.methods[name] = &Func{Name: rt.String() + "." + name}
			}
		}
		// Component types were interned along with t: register them too.
		switch rt.Kind() {
		case reflect.Slice, reflect.Array, reflect.Pointer, reflect.Chan:
			b.typ(rt.Elem())
		case reflect.Map:
			b.typ(rt.Key())
			b.typ(rt.Elem())
		case reflect.Struct:
			for i := range rt.NumField() {
				b.typ(rt.Field(i).Type)
			}
		}
	}
	return t
}

func (b *bridge) gotype(rt reflect.Type) types.Type {
	if t, ok := b.gotypes[rt]; ok {
		return t
	}
	if rt == reflect.TypeFor[error]() {
		return types.Universe.Lookup("error").Type()
	}
	if rt.Name() != "" && rt.PkgPath() != "" {
		pkg := b.pkgs[rt.PkgPath()]
		if pkg == nil {
			name := rt.PkgPath()[strings.LastIndex(rt.PkgPath(), "/")+1:]
			pkg = types.NewPackage(rt.PkgPath(), name)
			b.pkgs[rt.PkgPath()] = pkg
		}
		named := types.NewNamed(types.NewTypeName(token.NoPos, pkg, rt.Name(), nil), nil, nil)
		b.gotypes[rt] = named
		named.SetUnderlying(b.underlying(rt))
		str := types.NewTuple(types.NewParam(token.NoPos, nil, "", types.Typ[types.String]))
		for _, name := range []string{"Error", "String", "GoString"} {
			var recv types.Type
			if m, ok := rt.MethodByName(name); ok {
				recv = named
				if m.Type.NumIn() != 1 {
					continue // not func() string: badStringer
				}
			} else if _, ok := reflect.PointerTo(rt).MethodByName(name); ok {
				recv = types.NewPointer(named)
			} else {
				continue
			}
			sig := types.NewSignatureType(types.NewParam(token.NoPos, pkg, "r", recv), nil, nil, nil, str, false)
			named.AddMethod(types.NewFunc(token.NoPos, pkg, name, sig))
		}
		return named
	}
	t := b.underlying(rt)
	b.gotypes[rt] = t
	return t
}

func (b *bridge) underlying(rt reflect.Type) types.Type {
	if k, ok := basicOfKind[rt.Kind()]; ok {
		return types.Typ[k]
	}
	switch rt.Kind() {
	case reflect.Slice:
		return types.NewSlice(b.gotype(rt.Elem()))
	case reflect.Array:
		return types.NewArray(b.gotype(rt.Elem()), int64(rt.Len()))
	case reflect.Pointer:
		return types.NewPointer(b.gotype(rt.Elem()))
	case reflect.Map:
		return types.NewMap(b.gotype(rt.Key()), b.gotype(rt.Elem()))
	case reflect.Chan:
		dir := map[reflect.ChanDir]types.ChanDir{reflect.BothDir: types.SendRecv, reflect.SendDir: types.SendOnly, reflect.RecvDir: types.RecvOnly}[rt.ChanDir()]
		return types.NewChan(dir, b.gotype(rt.Elem()))
	case reflect.Func:
		var params, results []*types.Var
		for i := range rt.NumIn() {
			params = append(params, types.NewParam(token.NoPos, nil, "", b.gotype(rt.In(i))))
		}
		for i := range rt.NumOut() {
			results = append(results, types.NewParam(token.NoPos, nil, "", b.gotype(rt.Out(i))))
		}
		return types.NewSignatureType(nil, nil, nil, types.NewTuple(params...), types.NewTuple(results...), rt.IsVariadic())
	case reflect.Struct:
		var fields []*types.Var
		var tags []string
		for i := range rt.NumField() {
			f := rt.Field(i)
			var pkg *types.Package
			if f.PkgPath != "" {
				pkg = b.pkgs[f.PkgPath]
				if pkg == nil {
					pkg = types.NewPackage(f.PkgPath, f.PkgPath[strings.LastIndex(f.PkgPath, "/")+1:])
					b.pkgs[f.PkgPath] = pkg
				}
			}
			fields = append(fields, types.NewField(token.NoPos, pkg, f.Name, b.gotype(f.Type), f.Anonymous))
			tags = append(tags, string(f.Tag))
		}
		return types.NewStruct(fields, tags)
	case reflect.Interface:
		var methods []*types.Func
		for i := range rt.NumMethod() {
			m := rt.Method(i)
			sig := b.underlying(m.Type).(*types.Signature)
			methods = append(methods, types.NewFunc(token.NoPos, nil, m.Name, sig))
		}
		return types.NewInterfaceType(methods, nil).Complete()
	}
	panic("bridge: unsupported type " + rt.String())
}

// iface converts a host operand to a VM interface value.
func (b *bridge) iface(x any) Value {
	if x == nil {
		return Value{}
	}
	rv := reflect.ValueOf(x)
	return Value{R: &Iface{T: b.typ(rv.Type()), V: b.val(rv)}}
}

func (b *bridge) ifaces(xs []any) []Value {
	out := make([]Value, len(xs))
	for i, x := range xs {
		out[i] = b.iface(x)
	}
	return out
}

// val converts a host value (possibly read through unexported fields).
func (b *bridge) val(rv reflect.Value) Value {
	switch rv.Kind() {
	case reflect.Bool:
		return boolVal(rv.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intVal(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return Value{N: rv.Uint()}
	case reflect.Float32, reflect.Float64:
		return floatVal(rv.Float())
	case reflect.Complex64, reflect.Complex128:
		return Value{R: rv.Complex()}
	case reflect.String:
		return strVal(rv.String())
	case reflect.Slice:
		if rv.IsNil() {
			return Value{}
		}
		elems := make([]Value, rv.Len(), rv.Cap())
		for i := range elems {
			elems[i] = b.val(rv.Index(i))
		}
		return Value{R: elems}
	case reflect.Array, reflect.Struct:
		n := rv.Len
		if rv.Kind() == reflect.Struct {
			n = rv.NumField
		}
		elems := make([]Value, n())
		for i := range elems {
			if rv.Kind() == reflect.Struct {
				elems[i] = b.val(rv.Field(i))
			} else {
				elems[i] = b.val(rv.Index(i))
			}
		}
		return Value{R: elems}
	case reflect.Pointer:
		if rv.IsNil() {
			return Value{}
		}
		k := [2]uintptr{rv.Pointer(), uintptr(unsafe.Pointer(b.typ(rv.Type())))}
		if c, ok := b.cells[k]; ok {
			return Value{R: c}
		}
		c := new(Value)
		b.cells[k] = c
		*c = b.val(rv.Elem())
		return Value{R: c}
	case reflect.Map:
		if rv.IsNil() {
			return Value{}
		}
		mp := newMap(b.typ(rv.Type()))
		it := rv.MapRange()
		for it.Next() {
			mp.set(b.m, b.val(it.Key()), b.val(it.Value()))
		}
		return Value{R: mp}
	case reflect.Interface:
		if rv.IsNil() {
			return Value{}
		}
		return Value{R: &Iface{T: b.typ(rv.Elem().Type()), V: b.val(rv.Elem())}}
	case reflect.Func:
		if rv.IsNil() {
			return Value{}
		}
		if b.funcs[rv.Pointer()] == nil {
			b.funcs[rv.Pointer()] = &Func{}
		}
		return Value{R: &Closure{Fn: b.funcs[rv.Pointer()]}}
	case reflect.Chan:
		if rv.IsNil() {
			return Value{}
		}
		if b.chans[rv.Pointer()] == nil {
			b.chans[rv.Pointer()] = &Chan{}
		}
		return Value{R: b.chans[rv.Pointer()]}
	}
	panic("bridge: unsupported value " + rv.Type().String())
}

// toHost converts a VM value of type t back to a settable host value.
func (b *bridge) toHost(v Value, t *Type) reflect.Value {
	rt := b.host[t]
	out := reflect.New(rt).Elem()
	b.setHost(out, v, t)
	return out
}

func (b *bridge) setHost(dst reflect.Value, v Value, t *Type) {
	if !dst.CanSet() {
		dst = reflect.NewAt(dst.Type(), unsafe.Pointer(dst.UnsafeAddr())).Elem()
	}
	switch dst.Kind() {
	case reflect.Bool:
		dst.SetBool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		dst.SetInt(int64(v.N))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		dst.SetUint(v.N)
	case reflect.Float32, reflect.Float64:
		dst.SetFloat(v.Float())
	case reflect.Complex64, reflect.Complex128:
		dst.SetComplex(v.Complex())
	case reflect.String:
		dst.SetString(v.Str())
	case reflect.Slice:
		if v.R == nil {
			return
		}
		elems := v.Elems()
		dst.Set(reflect.MakeSlice(dst.Type(), len(elems), cap(elems)))
		for i, e := range elems {
			b.setHost(dst.Index(i), e, t.Elem)
		}
	case reflect.Array:
		for i, e := range v.Elems() {
			b.setHost(dst.Index(i), e, t.Elem)
		}
	case reflect.Struct:
		for i, e := range v.Elems() {
			b.setHost(dst.Field(i), e, t.Fields[i])
		}
	case reflect.Pointer:
		c := v.Ptr()
		if c == nil {
			return
		}
		if hp, ok := b.hostPtr[c]; ok {
			dst.Set(hp)
			return
		}
		hp := reflect.New(dst.Type().Elem())
		b.hostPtr[c] = hp
		b.setHost(hp.Elem(), *c, t.Elem)
		dst.Set(hp)
	case reflect.Map:
		mp, _ := v.R.(*Map)
		if mp == nil {
			return
		}
		dst.Set(reflect.MakeMap(dst.Type()))
		keys, vals := mp.Entries()
		for i := range keys {
			dst.SetMapIndex(b.toHost(keys[i], t.Key), b.toHost(vals[i], t.Elem))
		}
	case reflect.Interface:
		if iv := v.Iface(); iv != nil {
			dst.Set(b.toHost(iv.V, iv.T))
		}
	default:
		panic("bridge: cannot convert back " + dst.Type().String())
	}
}

// call is the methodCaller: it runs the host method on the host copy of recv.
func (b *bridge) call(recv Value, t *Type, name string) (res Value, panicked *Iface, ok bool) {
	if t.Method(name) == nil {
		return Value{}, nil, false
	}
	m := b.toHost(recv, t).MethodByName(name)
	if !m.IsValid() {
		return Value{}, nil, false
	}
	defer func() {
		if r := recover(); r != nil {
			res, panicked, ok = Value{}, b.iface(r).Iface(), true
		}
	}()
	return strVal(m.Call(nil)[0].String()), nil, true
}

func (b *bridge) printer() *pp {
	p := newPrinter(b.m)
	p.call = b.call
	return p
}

func (b *bridge) sprintf(format string, a ...any) string {
	p := b.printer()
	p.doPrintf(format, b.ifaces(a))
	return string(p.buf)
}

func (b *bridge) sprint(a ...any) string {
	p := b.printer()
	p.doPrint(b.ifaces(a))
	return string(p.buf)
}

func (b *bridge) sprintln(a ...any) string {
	p := b.printer()
	p.doPrintln(b.ifaces(a))
	return string(p.buf)
}

// ---------------------------------------------------------------------------
// The oracle table.

type fmtCase struct {
	format string // "" with print/println: Sprint or Sprintln
	args   []any
	print  bool
	ln     bool
	addrs  bool // output holds addresses: compare with them masked
}

func cf(format string, args ...any) fmtCase { return fmtCase{format: format, args: args} }

func ca(format string, args ...any) fmtCase { return fmtCase{format: format, args: args, addrs: true} }

func fmtOracleCases() []fmtCase {
	var (
		nilPtr   *point
		nilMap   map[string]int
		nilSlice []int
		nilErr   error
		nilFunc  func()
		n        = 7
		nan      = math.NaN()
		inf      = math.Inf(1)
	)
	return []fmtCase{
		// Integers of every width, flags, widths and precisions.
		cf("%d %d %d %d %d", int8(-128), int16(-32768), int32(-1<<31), int64(math.MinInt64), -1),
		cf("%d %d %d %d %d %d", uint8(255), uint16(65535), uint32(1<<32-1), uint64(math.MaxUint64), uint(42), uintptr(0x1000)),
		cf("%v %v %v", int8(-5), uint16(7), myInt(-3)),
		cf("%x %X %o %O %b", 255, 255, 8, 8, 5),
		cf("%x %X %#x %#o %#b", -255, uint8(200), int64(-1), 8, 5),
		cf("%+d|% d|%5d|%-5d|%05d|%-05d", 42, 42, 42, 42, -42, 42),
		cf("%.3d|%8.3d|%08.3d|%.0d|%5.0d|", 7, -7, 7, 0, 0),
		cf("%#v %#v %#v %#v", 42, uint(42), uint8(7), myInt(3)),
		cf("%c %c %q %q %U %#U", 'x', 0x1F600, 'y', '\n', 0x1F600, 'x'),
		cf("%c %q %U", -1, 0x110000, uint64(1<<40)),
		cf("%*d|%-*d|%*d", 5, 1, 5, 2, -5, 3),
		cf("%.*d|%.*d", 3, 1, -1, 2),
		cf("%*d", "x", 1),
		cf("%[2]d %[1]d", 1, 2),
		cf("%[2]*[1]d|%[3]*.[2]*[1]f", 12, 5, 8),
		cf("%d %d %[1]d %d", 1, 2),
		cf("%[5]d", 1),
		cf("%[0]d %[x]d %[1", 1),
		cf("%d"),
		cf("%d %s", 1),
		cf("%d", 1, 2, "x", nil),
		cf("%!", 1),
		cf("%", 1),
		cf("%-+ #0d", 5),
		cf("%d %s", "hi", 5),
		cf("%z %z", 3, "s"),
		cf("%s", nil),
		cf("%v %d", nil, nil),
		cf("100%% %d%%", 5),
		cf("%t %v %5t %d", true, false, true, true),

		// Floats: shortest formatting per size, verbs, flags.
		cf("%v %v %v %v", 3.14159, float32(3.14159), 1e21, 1e20),
		cf("%v %v %v", float32(0.1), 0.1, float32(1)/3),
		cf("%v %v %v %v", 1e-5, 1e-4, 123456789.0, float32(16777216)),
		cf("%e %E %f %F %g %G", 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1e-10),
		cf("%x %X %b", 1.5, float32(-3.25), 2.0),
		cf("%+8.3f|%-8.2f|%08.3f|% .2f|%+.0f", 3.14159, 2.5, -3.14159, 2.0, 2.5),
		cf("%#v %#g %#.3g %#e %#x", 1.0, 1.0, 100.0, 2.0, 1.0),
		cf("%v %v %v %5.1f %05v %+v", nan, inf, -inf, nan, inf, nan),
		cf("%.2f %.10g %.3e %10.4v", float32(2.675), math.Pi, float32(math.Pi), math.E),
		cf("%6.2f|%-10v|%010.3f", math.Copysign(0, -1), 1.5, -1.5),
		cf("%v %.2v %g", float32(1e10), 123.456, float32(5e-324)),

		// Complex.
		cf("%v %v", 1+2i, complex64(-1.5-0.25i)),
		cf("%.2f %+.1e %8.2f %d", 1+2i, 3-4i, 1i, 1+1i),
		cf("%#v %v", complex(nan, inf), complex64(complex(float32(0.1), float32(1e20)))),

		// Strings and byte slices.
		cf("%s|%q|%x|%X|% x|%#x|%# x", "hi", "hi", "hi", "hi", "héllo", "hi", "hi"),
		cf("%5s|%-5s|%.2s|%5.1s|%.1q|%q", "abc", "abc", "héllo", "xyz", "abc", `a"b`),
		cf("%q %+q %#q %#q", "é\n", "é", "raw`s", "tab\t"),
		cf("%v %#v %T %s", myStr("m"), myStr("m"), myStr("m"), myStr("m")),
		cf("%v %s %q %x %X %d", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte{1, 171}, []byte{1, 2}),
		cf("%#v %#v %o %v", []byte{1, 2}, []byte(nil), []byte{8, 9}, []byte{}),
		cf("%v %s %x %#v", myBytes("ab"), myBytes("ab"), myBytes("ab"), myBytes("ab")),
		cf("%s %x %v %q", [3]byte{'a', 'b', 'c'}, [2]uint8{1, 2}, [2]byte{1, 2}, []uint8("q")),
		cf("%#v", struct{ B []byte }{[]byte{1}}),
		cf("%08s|%-08q|%x", "ab", "c", ""),
		cf("%10x|%-10X|%.1x", "hello", []byte("hi"), "hello"),
		cf("%s %d", []string{"a", "b"}, []string{"c"}),

		// Slices, arrays, maps, structs.
		cf("%v %v %v %d %x", []int{1, 2, 3}, [2]bool{true}, nilSlice, []int8{-1}, []int{10, 255}),
		cf("%#v %#v %#v %#v", []int{1, 2}, nilSlice, [2]string{"a"}, []any{1, "a", nil}),
		cf("%v %+v %#v", map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", -1: "z", 2: "b"}, map[string]int{"a": 1}),
		cf("%v %#v %v", nilMap, nilMap, map[string]int{}),
		cf("%v", map[float64]string{nan: "nan", 1: "one", -inf: "-inf", 0.5: "half"}),
		cf("%v %v", map[bool]int{true: 1, false: 0}, map[key]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3}),
		cf("%v", map[[2]int]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"}),
		cf("%v %v", map[any]int{3: 3, 1: 1, 2: 2}, map[any]string{"b": "", "a": ""}),
		cf("%v", map[int8]uint{-3: 1, 5: 2, -100: 3}),
		cf("%v %+v %#v", point{1, 2}, point{1, 2}, point{1, 2}),
		cf("%v %+v %#v", pair{"a", 1.5, []string{"x"}}, pair{}, pair{"q", 2, nil}),
		ca("%v %+v", outer{I: inner{1}, P: &inner{2}, Any: 3, Err: nil, b: true}, outer{}),
		cf("%#v", outer{I: inner{1}, Any: []int{1}}),
		cf("%v %#v %+v", struct{}{}, struct{}{}, struct {
			A int
			b string
		}{1, "x"}),
		cf("%#v", struct {
			A any
			b error
		}{}),
		cf("%d %x %s", point{10, 11}, point{10, 11}, point{1, 2}),
		cf("%v %d", [][]int{{1}, {2, 3}}, map[string][]int{"a": {1}}),
		cf("%6v|%-4v|%06d", []int{1, 2}, point{1, 2}, []int{-1}),
		cf("%v %v", []any{nil, 1, "s", []int(nil)}, []error{nil}),
		cf("%#v %#v", []error{nil}, map[string]any{"k": nil}),
		cf("%s %d", []any{1, "a"}, []any{"b"}),

		// Pointers.
		cf("%v %+v %#v", &point{1, 2}, &point{1, 2}, &point{1, 2}),
		cf("%v %v %v", &[]int{1}, &[2]int{3, 4}, &map[string]int{"a": 1}),
		cf("%v %#v %+v %d", nilPtr, nilPtr, nilPtr, nilPtr),
		ca("%v %#v", &n, &n),
		ca("%v %+v", []*int{&n}, struct{ P *point }{&point{}}),
		ca("%p %v", &n, &n),
		ca("%p %p %p %p", []int{1}, map[int]int{}, nilSlice, nilMap),
		cf("%p %p", 1, "s"),
		ca("%v %v %#v", nilFunc, func() {}, nilFunc),
		ca("%v %#v", make(chan int), (chan int)(nil)),
		cf("%s %d", nilPtr, nilPtr),
		cf("%v", &pair{"p", 1, nil}),
		cf("%#v", &outer{}),
		cf("%x", &point{255, 16}),

		// Types.
		cf("%T %T %T %T %T", 1, "s", 1.5, nil, []any{1}),
		cf("%T %T %T %T", point{}, &point{}, map[string][]byte{}, [2]rune{}),
		cf("%T %T %T", nilErr, errors.New("x"), struct{ A int }{}),
		cf("%T %T %T", func(int, ...string) (bool, error) { return false, nil }, make(chan<- int), make(<-chan []int)),
		cf("%10T|%-10T|", 1, "x"),

		// Errors and Stringers.
		cf("%v %s %q %x %d", celsius(21.5), celsius(21.5), celsius(21.5), celsius(1), celsius(1)),
		cf("%v %#v %+v %8v", &codeErr{3}, &codeErr{3}, errAndString{}, errAndString{}),
		cf("%v %s", errors.New("boom"), errors.New("boom")),
		cf("%d %v", errors.New("x"), []error{errors.New("a"), nil}),
		cf("%v|%s|%d", panicky{"boom"}, panicky{"bang"}, panicky{"quiet"}),
		cf("%v %v", (*nilSafe)(nil), &nilSafe{}),
		cf("%v %s %+v", (*valRecv)(nil), valRecv{4}, &valRecv{5}),
		cf("%v %+v %#v", withStringers{1, 2, &valRecv{3}}, withStringers{}, withStringers{Pub: 4}),
		cf("%#v %v %+v %s", goSyntax{1}, goSyntax{1}, []goSyntax{{2}}, goSyntax{}),
		cf("%v", derefer{}),
		cf("%v %v", []celsius{1, 2}, map[celsius]celsius{3: 4, 1: 2}),
		cf("%v %x", []fmt.Stringer{celsius(1), nil}, []any{celsius(2)}),
		cf("%v %d", badStringer(3), badStringer(3)),
		cf("%w", errors.New("w")),
		cf("%v", []any{errors.New("in"), &codeErr{1}}),
		cf("%s", struct{ E error }{&codeErr{2}}),
		ca("%v", struct{ e error }{&codeErr{2}}),
		cf("%v", map[string]error{"a": &codeErr{1}, "b": nil}),

		// Sprint and Sprintln.
		{args: []any{"a", 1, 2, "b", "c", 3.5, nil, []int{1}}, print: true},
		{args: []any{1, 2, myStr("s"), 3}, print: true},
		{args: []any{}, print: true},
		{args: []any{"a", 1, 2, "b", nil, celsius(1), &point{1, 2}}, ln: true},
		{args: []any{}, ln: true},
		{args: []any{errors.New("e"), 1.0, float32(0.1), true, 'x'}, ln: true},
	}
}

var addrRE = regexp.MustCompile(`0x[0-9a-f]{6,}`)

func TestFormatOracle(t *testing.T) {
	cases := fmtOracleCases()
	if len(cases) < 100 {
		t.Errorf("only %d oracle cases", len(cases))
	}
	for i, c := range cases {
		b := newBridge()
		var want, got, name string
		switch {
		case c.print:
			want, got, name = fmt.Sprint(c.args...), b.sprint(c.args...), "Sprint"
		case c.ln:
			want, got, name = fmt.Sprintln(c.args...), b.sprintln(c.args...), "Sprintln"
		default:
			want, got, name = fmt.Sprintf(c.format, c.args...), b.sprintf(c.format, c.args...), strconv.Quote(c.format)
		}
		if c.addrs {
			want = addrRE.ReplaceAllString(want, "0xADDR")
			got = addrRE.ReplaceAllString(got, "0xADDR")
		}
		if got != want {
			t.Errorf("case %d %s %#v:\n got %q\nwant %q", i, name, c.args, got, want)
		}
	}
}

// TestFormatAddresses checks that fake addresses are stable and distinct.
func TestFormatAddresses(t *testing.T) {
	b := newBridge()
	x, y := 1, 2
	px, py := b.iface(&x), b.iface(&y)
	p := b.printer()
	p.doPrintf("%p %p %p %v", []Value{px, py, px, px})
	f := strings.Fields(string(p.buf))
	if f[0] != f[2] || f[0] != f[3] || f[0] == f[1] || !strings.HasPrefix(f[0], "0xc0000") {
		t.Errorf("addresses not stable: %q", p.buf)
	}
	// The same Machine gives the same address in a later call.
	p2 := b.printer()
	p2.doPrintf("%p", []Value{px})
	if string(p2.buf) != f[0] {
		t.Errorf("second call: %q, want %q", p2.buf, f[0])
	}
	// Other verbs print the same fake address.
	p3 := b.printer()
	p3.doPrintf("%#p|%x|%X|%d|%#v|%10p|%-12v|", []Value{px, px, px, px, px, px, px})
	addr, _ := strconv.ParseUint(f[0][2:], 16, 64)
	want := fmt.Sprintf("%x|%x|%X|%d|(*int)(0x%x)|%10s|%-12s|", addr, addr, addr, addr, addr, f[0], f[0])
	if string(p3.buf) != want {
		t.Errorf("got %q, want %q", p3.buf, want)
	}
	// Without a machine, addresses are still stable within one call.
	if s := sprintf(nil, "%p %p", []Value{px, px}); strings.Fields(s)[0] != strings.Fields(s)[1] {
		t.Errorf("no machine: %q", s)
	}
	// A slice and a pointer to its first element print the same address.
	s := Value{R: []Value{intVal(1), intVal(2)}}
	intSlice := b.typ(reflect.TypeFor[[]int]())
	elemPtr := Value{R: &s.Elems()[0]}
	got := sprintf(b.m, "%p %p", []Value{{R: &Iface{T: intSlice, V: s}}, {R: &Iface{T: b.typ(reflect.TypeFor[*int]()), V: elemPtr}}})
	if a := strings.Fields(got); a[0] != a[1] {
		t.Errorf("slice and &s[0]: %q", got)
	}
}

// TestFormatMapInterfaceKeys: keys of different dynamic types sort by type
// name (Go sorts by type descriptor address, which is not reproducible).
func TestFormatMapInterfaceKeys(t *testing.T) {
	b := newBridge()
	m := map[any]int{"b": 1, 2: 2, "a": 3, 1: 4, 1.5: 5, nil: 6, true: 7}
	got := b.sprintf("%v", m)
	want := "map[<nil>:6 true:7 1.5:5 1:4 2:2 a:3 b:1]"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestFormatPointerKeysByAddress(t *testing.T) {
	b := newBridge()
	p1, p2, p3 := &point{1, 1}, &point{2, 2}, &point{3, 3}
	// Addresses are handed out in the order the pointers are first seen.
	b.sprintf("%p %p %p", p2, p3, p1)
	got := b.sprintf("%v", map[*point]int{p1: 1, p2: 2, p3: 3})
	want := regexp.MustCompile(`^map\[0x[0-9a-f]+:2 0x[0-9a-f]+:3 0x[0-9a-f]+:1\]$`)
	if !want.MatchString(got) {
		t.Errorf("got %q", got)
	}
}

func TestFormatWrapErrs(t *testing.T) {
	b := newBridge()
	err := &codeErr{9}
	args := b.ifaces([]any{err, 5})
	p := b.printer()
	p.wrapErrs = true
	format := "wrapped: %w, %w" // a variable: vet rejects %w with an int
	p.doPrintf(format, args)
	// What fmt.Errorf formats.
	if want := fmt.Errorf(format, err, 5).Error(); string(p.buf) != want {
		t.Errorf("got %q, want %q", p.buf, want)
	}
	format = "%w" // vet rejects %w in Sprintf
	if got, want := b.sprintf(format, err), fmt.Sprintf(format, err); got != want {
		t.Errorf("Sprintf %%w: got %q, want %q", got, want)
	}
}

func TestWrappedArgs(t *testing.T) {
	for _, c := range []struct {
		format string
		n      int
		want   []int
	}{
		{"%w", 1, []int{0}},
		{"%v %w", 2, []int{1}},
		{"%w %w", 2, []int{0, 1}},
		{"%[2]w %[1]w", 2, []int{0, 1}},
		{"%[1]w %[1]w", 1, []int{0}},
		{"%%w %w", 1, []int{0}},
		{"%*d %w", 3, []int{2}},
		{"%w", 0, nil},
		{"%s %v", 2, nil},
		{"%[3]w %w", 3, []int{2}},
		{"%-10w|%+w", 2, []int{0, 1}},
	} {
		got := wrappedArgs(c.format, c.n)
		if !slicesEqual(got, c.want) {
			t.Errorf("wrappedArgs(%q, %d) = %v, want %v", c.format, c.n, got, c.want)
		}
	}
}

func slicesEqual(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestFormatNestedPanic: a method that panics while fmt reports a panic
// makes the whole call panic with the second value.
func TestFormatNestedPanic(t *testing.T) {
	b := newBridge()
	p := b.printer()
	// The panic value is itself a panicky Stringer.
	realCall := p.call
	p.call = func(recv Value, t *Type, name string) (Value, *Iface, bool) {
		if t == b.typ(reflect.TypeFor[celsius]()) {
			return Value{}, b.iface(panicky{"inner"}).Iface(), true
		}
		return realCall(recv, t, name)
	}
	p.doPrintf("%v", b.ifaces([]any{celsius(1)}))
	if p.repanic == nil || p.repanic.T != b.typ(reflect.TypeFor[string]()) || p.repanic.V.Str() != "inner" {
		t.Errorf("repanic = %+v, output %q", p.repanic, p.buf)
	}
}

// TestFormatUnexportedNoMethods: fmt does not call methods on values reached
// through unexported fields, even nested ones.
func TestFormatUnexportedNoMethods(t *testing.T) {
	type holder struct {
		h withStringers
		H withStringers
	}
	b := newBridge()
	v := holder{withStringers{1, 2, &valRecv{1}}, withStringers{3, 4, nil}}
	if got, want := b.sprintf("%v", v), fmt.Sprintf("%v", v); addrRE.ReplaceAllString(got, "A") != addrRE.ReplaceAllString(want, "A") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestRuntimeTypeString(t *testing.T) {
	b := newBridge()
	for _, rt := range []reflect.Type{
		reflect.TypeFor[[]any](),
		reflect.TypeFor[[]byte](),
		reflect.TypeFor[rune](),
		reflect.TypeFor[map[string][]any](),
		reflect.TypeFor[*point](),
		reflect.TypeFor[struct{}](),
		reflect.TypeFor[struct {
			A int `json:"a"`
			b []string
			point
		}](),
		reflect.TypeFor[interface{ M() }](),
		reflect.TypeFor[interface {
			error
			M(int) (string, error)
		}](),
		reflect.TypeFor[func(int, ...string) (bool, error)](),
		reflect.TypeFor[func() func()](),
		reflect.TypeFor[chan (<-chan int)](),
		reflect.TypeFor[chan<- chan int](),
		reflect.TypeFor[<-chan []byte](),
		reflect.TypeFor[[3]*[]error](),
		reflect.TypeFor[unsafe.Pointer](),
		reflect.TypeFor[fmt.Stringer](),
	} {
		if got, want := rtypeString(b.typ(rt)), rt.String(); got != want {
			t.Errorf("rtypeString = %q, want %q", got, want)
		}
	}
}

func TestFormatIntrinsics(t *testing.T) {
	b := newBridge()
	c := &Ctx{}
	args := Value{R: b.ifaces([]any{"a", 1, 2})}
	if got := lookupIntrinsic("fmt.Sprint").Fn(c, []Value{args}).Str(); got != "a1 2" {
		t.Errorf("Sprint = %q", got)
	}
	if got := lookupIntrinsic("fmt.Sprintln").Fn(c, []Value{args}).Str(); got != "a 1 2\n" {
		t.Errorf("Sprintln = %q", got)
	}
	if got := lookupIntrinsic("fmt.Sprintf").Fn(c, []Value{strVal("%s-%d-%x"), args}).Str(); got != "a-1-2" {
		t.Errorf("Sprintf = %q", got)
	}
	if got := lookupIntrinsic("fmt.Sprintf").Fn(c, []Value{strVal("none"), {}}).Str(); got != "none" {
		t.Errorf("Sprintf(nil slice) = %q", got)
	}
	w := lookupIntrinsic("fmt.wrappedArgs").Fn(c, []Value{strVal("%v %w"), intVal(2)})
	if e := w.Elems(); len(e) != 1 || e[0].Int() != 1 {
		t.Errorf("wrappedArgs = %+v", w)
	}
	if w := lookupIntrinsic("fmt.wrappedArgs").Fn(c, []Value{strVal("%v"), intVal(1)}); w.R != nil && len(w.Elems()) != 0 {
		t.Errorf("wrappedArgs without %%w = %+v", w)
	}
}
