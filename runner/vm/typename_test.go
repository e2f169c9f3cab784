package vm

// Tests for typename.go: the oracle is the host's reflect.Type.String. Host
// types are turned into go/types types, interned as VM types, and named.

import (
	"fmt"
	"go/token"
	"go/types"
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

type point struct{ X, Y int }

// The bridge from host types to VM types.

type bridge struct {
	tt      typeTable
	pkgs    map[string]*types.Package
	gotypes map[reflect.Type]types.Type
	host    map[*Type]reflect.Type
}

func newBridge() *bridge {
	return &bridge{
		pkgs:    map[string]*types.Package{},
		gotypes: map[reflect.Type]types.Type{},
		host:    map[*Type]reflect.Type{},
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
