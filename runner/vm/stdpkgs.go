package vm

// Intrinsics of the packages compiled from GOROOT with small overrides
// (runner/std/_overlay): regexp/syntax's unicode ranges, runtime/debug's
// Stack.

import "go/types"

func init() {
	register("regexp/syntax.withRanges", syntaxWithRanges)
	register("runtime/debug.stack", debugStack)
	register("os.environ", osEnviron)
	register("flag.zeroOf", flagZeroOf)
	register("flag.setDefault", flagSetDefault)
}

// syntaxWithRanges gives a unicode table that names a host table (the
// stub's RangeTable is struct{ R16, R32, LatinOffset, name }) a copy with
// the host's ranges, which regexp/syntax builds its classes from.
func syntaxWithRanges(c *Ctx, a []Value) Value {
	p := a[0].Ptr()
	if p == nil {
		return a[0]
	}
	f := p.Elems()
	t := unicodeTables[f[3].Str()]
	if t == nil {
		return a[0]
	}
	var r16, r32 []Value
	for _, r := range t.R16 {
		r16 = append(r16, Value{R: []Value{{N: uint64(r.Lo)}, {N: uint64(r.Hi)}, {N: uint64(r.Stride)}}})
	}
	for _, r := range t.R32 {
		r32 = append(r32, Value{R: []Value{{N: uint64(r.Lo)}, {N: uint64(r.Hi)}, {N: uint64(r.Stride)}}})
	}
	tab := []Value{{}, {}, intVal(int64(t.LatinOffset)), strVal("")}
	if r16 != nil {
		tab[0] = Value{R: r16}
	}
	if r32 != nil {
		tab[1] = Value{R: r32}
	}
	return Value{R: &Value{R: tab}}
}

// debugStack is runtime/debug's stack: the calling goroutine's trace.
func debugStack(c *Ctx, a []Value) Value {
	return strVal(c.M.goroutineTrace(c.G, "running"))
}

// DefaultEnviron is the environment a program starts with, as on the Go
// playground's sandbox: a user gopher at home in /home/gopher.
var DefaultEnviron = []string{
	"HOME=/home/gopher",
	"PATH=/usr/local/go/bin:/usr/local/bin:/usr/bin:/bin",
	"USER=gopher",
}

// osEnviron is the os package's starting environment.
func osEnviron(c *Ctx, a []Value) Value {
	out := make([]Value, len(DefaultEnviron))
	for i, kv := range DefaultEnviron {
		out[i] = strVal(kv)
	}
	return Value{R: out}
}

// flagZeroOf is flag's zeroOf: a zero value of the dynamic type of an
// interface, or for a pointer type a pointer to a new zero value.
func flagZeroOf(c *Ctx, a []Value) Value {
	iv := a[0].Iface()
	if iv == nil {
		return Value{}
	}
	if iv.T.Kind == KPointer {
		cell := iv.T.Elem.Zero()
		return Value{R: &Iface{T: iv.T, V: Value{R: &cell}}}
	}
	return Value{R: &Iface{T: iv.T, V: iv.T.Zero()}}
}

// flagSetDefault is flag's setDefault: *p = val (or *val), with GOROOT's
// newTextValue panic messages when p is not a pointer or the types differ.
func flagSetDefault(c *Ctx, a []Value) Value {
	p, val := a[0].Iface(), a[1].Iface()
	if p == nil || p.T.Kind != KPointer {
		return strVal("variable value type must be a pointer")
	}
	if val == nil {
		return strVal("default type does not match variable type: <invalid reflect.Value> != " + p.T.Elem.Name)
	}
	t, v := val.T, val.V
	if t.Kind == KPointer {
		if v.Ptr() == nil {
			return strVal("default type does not match variable type: <invalid reflect.Value> != " + p.T.Elem.Name)
		}
		t, v = t.Elem, *v.Ptr()
	}
	if !types.Identical(t.T, p.T.Elem.T) {
		return strVal("default type does not match variable type: " + t.Name + " != " + p.T.Elem.Name)
	}
	dst := p.V.Ptr()
	if dst == nil {
		c.M.nilDeref(c.G)
		return Value{}
	}
	storeInto(dst, copyVal(v, t), t)
	return strVal("")
}
