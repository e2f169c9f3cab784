package vm

// Type names as the Go runtime and reflect spell them: in panic messages
// ("interface conversion: interface {} is []uint8, not string"), goroutine
// traces, reflect.Type.String and so fmt's %T and %#v.

import (
	"go/types"
	"strconv"
	"strings"
)

// rtypeString is t as reflect.Type.String prints it (fmt's %T, %#v and
// the type in %!verb(type=value) come from there).
func rtypeString(t *Type) string {
	if t.T == nil {
		return t.Name
	}
	return runtimeTypeString(t.T)
}

// runtimeTypeString renders t the way the Go runtime and reflect do:
// package names (not paths) qualify named types, except inside type
// arguments, which use full paths; byte and rune are uint8 and int32;
// any is interface {}; struct and interface types are spaced out:
//
//	[]interface {}  struct { A int; b string "tag" }  interface { M() }
//	main.Pair[string,encoding/json.Number]  chan (<-chan int)
func runtimeTypeString(t types.Type) string {
	var b strings.Builder
	writeRuntimeType(&b, t, false)
	return b.String()
}

func writeRuntimeType(b *strings.Builder, t types.Type, pathQualified bool) {
	switch t := t.(type) {
	case *types.Alias:
		writeRuntimeType(b, types.Unalias(t), pathQualified)
	case *types.Basic:
		if t.Kind() == types.UnsafePointer {
			b.WriteString("unsafe.Pointer")
		} else {
			b.WriteString(types.Typ[t.Kind()].Name())
		}
	case *types.Named:
		obj := t.Obj()
		if pkg := obj.Pkg(); pkg != nil {
			if pathQualified {
				b.WriteString(pkg.Path())
			} else {
				b.WriteString(pkg.Name())
			}
			b.WriteByte('.')
		}
		b.WriteString(obj.Name())
		if args := t.TypeArgs(); args.Len() > 0 {
			b.WriteByte('[')
			for i := 0; i < args.Len(); i++ {
				if i > 0 {
					b.WriteByte(',')
				}
				writeRuntimeType(b, args.At(i), true)
			}
			b.WriteByte(']')
		}
	case *types.Pointer:
		b.WriteByte('*')
		writeRuntimeType(b, t.Elem(), pathQualified)
	case *types.Slice:
		b.WriteString("[]")
		writeRuntimeType(b, t.Elem(), pathQualified)
	case *types.Array:
		b.WriteByte('[')
		b.WriteString(strconv.FormatInt(t.Len(), 10))
		b.WriteByte(']')
		writeRuntimeType(b, t.Elem(), pathQualified)
	case *types.Map:
		b.WriteString("map[")
		writeRuntimeType(b, t.Key(), pathQualified)
		b.WriteByte(']')
		writeRuntimeType(b, t.Elem(), pathQualified)
	case *types.Chan:
		switch t.Dir() {
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		default:
			b.WriteString("chan ")
		}
		if c, ok := types.Unalias(t.Elem()).(*types.Chan); ok && t.Dir() == types.SendRecv && c.Dir() == types.RecvOnly {
			b.WriteByte('(')
			writeRuntimeType(b, t.Elem(), pathQualified)
			b.WriteByte(')')
		} else {
			writeRuntimeType(b, t.Elem(), pathQualified)
		}
	case *types.Signature:
		b.WriteString("func")
		writeRuntimeSig(b, t, pathQualified)
	case *types.Struct:
		if t.NumFields() == 0 {
			b.WriteString("struct {}")
			return
		}
		b.WriteString("struct { ")
		for i := 0; i < t.NumFields(); i++ {
			if i > 0 {
				b.WriteString("; ")
			}
			f := t.Field(i)
			if !f.Embedded() {
				b.WriteString(f.Name())
				b.WriteByte(' ')
			}
			writeRuntimeType(b, f.Type(), pathQualified)
			if tag := t.Tag(i); tag != "" {
				b.WriteByte(' ')
				b.WriteString(strconv.Quote(tag))
			}
		}
		b.WriteString(" }")
	case *types.Interface:
		if t.NumMethods() == 0 {
			b.WriteString("interface {}")
			return
		}
		b.WriteString("interface { ")
		for i := 0; i < t.NumMethods(); i++ {
			if i > 0 {
				b.WriteString("; ")
			}
			m := t.Method(i)
			b.WriteString(m.Name())
			writeRuntimeSig(b, m.Type().(*types.Signature), pathQualified)
		}
		b.WriteString(" }")
	case *types.Tuple:
		b.WriteByte('(')
		writeRuntimeTuple(b, t, false, pathQualified)
		b.WriteByte(')')
	case *types.TypeParam:
		b.WriteString(t.Obj().Name())
	default:
		b.WriteString(types.TypeString(t, func(p *types.Package) string { return p.Name() }))
	}
}

func writeRuntimeSig(b *strings.Builder, sig *types.Signature, pathQualified bool) {
	b.WriteByte('(')
	writeRuntimeTuple(b, sig.Params(), sig.Variadic(), pathQualified)
	b.WriteByte(')')
	switch res := sig.Results(); res.Len() {
	case 0:
	case 1:
		b.WriteByte(' ')
		writeRuntimeType(b, res.At(0).Type(), pathQualified)
	default:
		b.WriteString(" (")
		writeRuntimeTuple(b, res, false, pathQualified)
		b.WriteByte(')')
	}
}

func writeRuntimeTuple(b *strings.Builder, tup *types.Tuple, variadic, pathQualified bool) {
	for i := 0; i < tup.Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		t := tup.At(i).Type()
		if variadic && i == tup.Len()-1 {
			if s, ok := t.(*types.Slice); ok {
				b.WriteString("...")
				t = s.Elem()
			}
		}
		writeRuntimeType(b, t, pathQualified)
	}
}
