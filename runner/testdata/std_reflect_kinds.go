// reflect over every Kind: Type facts, New/Set/Equal/IsZero round trips,
// width-truncating setters, containers, Call/CallSlice, interfaces,
// conversions, read-only fields and reflect's panic messages.
package main

import (
	"fmt"
	"reflect"
)

type Named int

func (n Named) String() string { return fmt.Sprintf("N%d", int(n)) }

type S struct {
	X int
	y string
}

type G[T any] struct{ V T }

func main() {
	ch := make(chan int, 3)
	ch <- 1
	f := func(a int, b ...string) (int, error) { return a + len(b), nil }
	var iface fmt.Stringer = Named(3)
	values := []any{
		true, int(-1), int8(-8), int16(-16), int32(-32), int64(-64),
		uint(1), uint8(8), uint16(16), uint32(32), uint64(1 << 63), uintptr(7),
		float32(1.5), float64(-2.25), complex64(1 + 2i), complex128(-3 - 4i),
		[2]string{"a", "b"}, ch, f, &iface, map[string]int{"a": 1}, new(int),
		[]byte("hi"), "str", S{1, "z"}, Named(5), G[int]{4}, G[[]string]{},
	}
	for _, x := range values {
		v := reflect.ValueOf(x)
		t := v.Type()
		fmt.Printf("%-24s kind=%-14s name=%q pkg=%q size=%d align=%d comparable=%v zero=%v\n",
			t.String(), t.Kind(), t.Name(), t.PkgPath(), t.Size(), t.Align(), t.Comparable(), v.IsZero())
		// A settable copy of every value, set from the original.
		p := reflect.New(t).Elem()
		fmt.Println("  zero before:", p.IsZero(), "canset:", p.CanSet(), "canaddr:", p.CanAddr())
		p.Set(v)
		switch t.Kind() {
		case reflect.Func, reflect.Map, reflect.Slice:
			fmt.Println("  after set: not comparable; nil:", p.IsNil())
		case reflect.Struct:
			fmt.Println("  after set deep equal:", reflect.DeepEqual(p.Interface(), x), p.Comparable())
		default:
			fmt.Println("  after set equal:", p.Interface() == x, p.Equal(v), p.Comparable())
		}
		if t.Kind() >= reflect.Int && t.Kind() <= reflect.Complex128 {
			fmt.Println("  bits:", t.Bits())
		}
	}
	// Setters of every scalar kind, with truncation to the width.
	var (
		i8  int8
		u16 uint16
		f32 float32
		c64 complex64
		b   bool
		s   string
		bs  []byte
	)
	reflect.ValueOf(&i8).Elem().SetInt(300)
	reflect.ValueOf(&u16).Elem().SetUint(70000)
	reflect.ValueOf(&f32).Elem().SetFloat(1.0000001)
	reflect.ValueOf(&c64).Elem().SetComplex(1.0000001 + 2i)
	reflect.ValueOf(&b).Elem().SetBool(true)
	reflect.ValueOf(&s).Elem().SetString("set")
	reflect.ValueOf(&bs).Elem().SetBytes([]byte{1, 2})
	fmt.Println(i8, u16, f32, c64, b, s, bs)
	fmt.Println(reflect.ValueOf(int8(0)).OverflowInt(128), reflect.ValueOf(uint8(0)).OverflowUint(255), reflect.ValueOf(float32(0)).OverflowFloat(1e39))
	// Containers.
	arr := [3]int{1, 2, 3}
	av := reflect.ValueOf(&arr).Elem()
	av.Index(2).SetInt(30)
	sl := av.Slice(1, 3)
	sl.Index(0).SetInt(20)
	fmt.Println(arr, sl.Len(), sl.Cap(), sl.Type(), av.Len())
	sv := reflect.ValueOf(&bs).Elem()
	sv.Grow(10)
	fmt.Println(sv.Len(), sv.Cap() >= 12)
	sv.SetLen(4)
	fmt.Println(bs)
	ints := []int{5, 6, 7, 8}
	n := reflect.Copy(reflect.ValueOf(ints), reflect.ValueOf(ints[1:]))
	fmt.Println(n, ints)
	m := reflect.MakeMapWithSize(reflect.TypeOf(map[string][]int{}), 2)
	m.SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf([]int{1}))
	m.SetMapIndex(reflect.ValueOf("b"), reflect.ValueOf([]int{2}))
	m.SetMapIndex(reflect.ValueOf("a"), reflect.Value{})
	it := m.MapRange()
	for it.Next() {
		fmt.Println("entry", it.Key(), it.Value(), m.Len())
	}
	fmt.Println(len(m.MapKeys()), m.MapIndex(reflect.ValueOf("zz")).IsValid())
	cv := reflect.ValueOf(ch)
	fmt.Println(cv.Len(), cv.Cap(), cv.Type().Elem())
	fv := reflect.ValueOf(f)
	out := fv.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("a"), reflect.ValueOf("b")})
	fmt.Println(out[0].Int(), out[1].IsNil(), fv.Type().NumIn(), fv.Type().In(1), fv.Type().Out(1))
	out = fv.CallSlice([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf([]string{"x"})})
	fmt.Println(out[0])
	iv := reflect.ValueOf(&iface).Elem()
	fmt.Println(iv.Kind(), iv.Elem().Kind(), iv.Elem().Type(), iv.NumMethod(), iv.Method(0).Call(nil)[0])
	iv.Set(reflect.ValueOf(Named(9)))
	fmt.Println(iface, reflect.TypeOf(Named(0)).Implements(reflect.TypeOf((*fmt.Stringer)(nil)).Elem()))
	// Conversions.
	fmt.Println(reflect.ValueOf(65).Convert(reflect.TypeOf("")).Interface(), reflect.ValueOf(3.9).Convert(reflect.TypeOf(int8(0))).Int(),
		reflect.ValueOf("héllo").Convert(reflect.TypeOf([]rune{})).Len(), reflect.ValueOf(Named(2)).Convert(reflect.TypeOf(0)).Type())
	fmt.Println(reflect.ValueOf([]int{1, 2, 3}).Convert(reflect.TypeOf([2]int{})).Interface(), reflect.ValueOf(1).CanConvert(reflect.TypeOf("")))
	// Unexported fields are read-only.
	sval := reflect.ValueOf(&S{1, "hidden"}).Elem()
	fmt.Println(sval.Field(1).String(), sval.Field(1).CanSet(), sval.Field(1).CanInterface(), sval.Field(0).CanSet())
	for _, bad := range []func(){
		func() { sval.Field(1).SetString("x") },
		func() { sval.Field(1).Interface() },
		func() { reflect.ValueOf(1).Len() },
		func() { reflect.ValueOf(1).SetInt(2) },
		func() { reflect.Value{}.Type() },
		func() { reflect.ValueOf([]int{}).Index(0) },
		func() { reflect.ValueOf("s").Field(0) },
		func() { reflect.TypeOf(1).Elem() },
		func() { reflect.ValueOf(f).Call(nil) },
		func() { reflect.ValueOf(&i8).Elem().Set(reflect.ValueOf(1)) },
		func() {
			reflect.New(reflect.TypeOf(map[int]int{})).Elem().SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(1))
		},
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			bad()
		}()
	}
	fmt.Println(reflect.PointerTo(reflect.TypeOf(S{})), reflect.SliceOf(reflect.TypeOf(0)), reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(S{})),
		reflect.ArrayOf(4, reflect.TypeOf(byte(0))), reflect.ChanOf(reflect.RecvDir, reflect.TypeOf(0)),
		reflect.FuncOf([]reflect.Type{reflect.TypeOf(0)}, []reflect.Type{reflect.TypeOf("")}, false))
	fmt.Println(reflect.PointerTo(reflect.TypeOf(S{})) == reflect.TypeOf(&S{}), reflect.TypeFor[error]().Kind(), reflect.TypeFor[*S]().Elem().Field(1).PkgPath)
	fmt.Println(reflect.Indirect(reflect.ValueOf(&arr)).Index(0), reflect.Zero(reflect.TypeOf(S{})))
	x, ok := reflect.TypeAssert[int](reflect.ValueOf(5))
	fmt.Println(x, ok)
}
