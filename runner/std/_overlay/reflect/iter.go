// Value.Seq and Seq2 (text/template ranges over them); range-over-func needs MakeFunc, which the VM cannot provide.

package reflect

import "iter"

// counter yields 0..n-1 as Values of the integer type t.
func counter(n uint64, t Type) iter.Seq[Value] {
	signed := t.Kind() >= Int && t.Kind() <= Int64
	return func(yield func(Value) bool) {
		for i := uint64(0); i < n; i++ {
			x := New(t).Elem()
			if signed {
				x.SetInt(int64(i))
			} else {
				x.SetUint(i)
			}
			if !yield(x) {
				return
			}
		}
	}
}

// Seq returns an iter.Seq[Value] that loops over the elements of v as a
// range statement would.
func (v Value) Seq() iter.Seq[Value] {
	switch k := v.Kind(); k {
	case Int, Int8, Int16, Int32, Int64:
		n := v.Int()
		if n < 0 {
			n = 0
		}
		return counter(uint64(n), v.Type())
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return counter(v.Uint(), v.Type())
	case Pointer, Array, Slice, String, Map:
		if k == Pointer && v.typ_.elem().Kind() != Array {
			break
		}
		seq2 := v.Seq2()
		return func(yield func(Value) bool) {
			for k := range seq2 {
				if !yield(k) {
					return
				}
			}
		}
	case Func:
		if canRangeFunc(v.typ_, 1) {
			panic("reflect: ranging over a func Value is not supported by Interleave (it needs MakeFunc)")
		}
	case Chan:
		return func(yield func(Value) bool) {
			for x, ok := v.Recv(); ok; x, ok = v.Recv() {
				if !yield(x) {
					return
				}
			}
		}
	}
	panic("reflect: " + v.Type().String() + " cannot produce iter.Seq[Value]")
}

// Seq2 returns an iter.Seq2[Value, Value] that loops over the elements of
// v as a range statement would.
func (v Value) Seq2() iter.Seq2[Value, Value] {
	switch v.Kind() {
	case Pointer:
		if v.typ_.elem().Kind() != Array {
			break
		}
		return func(yield func(Value, Value) bool) {
			a := v.Elem()
			for i := 0; i < a.Len(); i++ {
				if !yield(ValueOf(i), a.Index(i)) {
					return
				}
			}
		}
	case Array, Slice:
		return func(yield func(Value, Value) bool) {
			for i := 0; i < v.Len(); i++ {
				if !yield(ValueOf(i), v.Index(i)) {
					return
				}
			}
		}
	case String:
		return func(yield func(Value, Value) bool) {
			for i, r := range v.String() {
				if !yield(ValueOf(i), ValueOf(r)) {
					return
				}
			}
		}
	case Map:
		return func(yield func(Value, Value) bool) {
			it := v.MapRange()
			for it.Next() {
				if !yield(it.Key(), it.Value()) {
					return
				}
			}
		}
	case Func:
		if canRangeFunc(v.typ_, 2) {
			panic("reflect: ranging over a func Value is not supported by Interleave (it needs MakeFunc)")
		}
	}
	panic("reflect: " + v.Type().String() + " cannot produce iter.Seq2[Value]")
}
