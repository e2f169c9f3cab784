package vm

// Addresses. VM values have no machine addresses, so what prints one (%p,
// %v of a pointer, reflect's Pointer, uintptr(unsafe.Pointer(p)) inside the
// std) gets a fake but stable one: 0xc000010000 + 8*objID, which looks like
// a Go heap address and names the same object the same way for the whole
// run.

import "reflect"

// fakeAddrBase is where fake addresses start.
const fakeAddrBase = 0xc000010000

// zerobaseAddr stands for runtime.zerobase, where empty slices point.
const zerobaseAddr = 0x5a8f00

// fakePointer returns the fake address of a chan, func, map, pointer, slice
// or unsafe.Pointer value v of type t; 0 for nil.
func (m *Machine) fakePointer(v Value, t *Type) uint64 {
	r := v.R
	switch t.Kind {
	case KSlice:
		if r == nil {
			return 0
		}
		if seqCap(v) == 0 {
			return zerobaseAddr
		}
		// The first element's object, as &s[0] prints (a *byte for
		// compact byte storage, bytes.go).
		return m.fakeAddr(ptrKey(elemAddr(reslice(v, 0, 1, 1), 0)))
	case KFunc:
		// A func value's address is its code's: every closure of one
		// function literal prints the same.
		if c, ok := r.(*Closure); ok && c != nil && c.Fn != nil {
			return m.fakeAddr(c.Fn)
		}
	case KUnsafePointer:
		if r == nil {
			return v.N // an address made from a uintptr
		}
	}
	if isNilRef(r) {
		return 0
	}
	return m.fakeAddr(r)
}

// fakeAddr returns the fake address of the object o.
func (m *Machine) fakeAddr(o any) uint64 {
	if !reflect.TypeOf(o).Comparable() {
		return fakeAddrBase
	}
	return fakeAddrBase + 8*uint64(m.objID(o))
}

// isNilRef reports whether r, the R of a reference value, is nil.
func isNilRef(r any) bool {
	if r == nil {
		return true
	}
	switch x := r.(type) {
	case *Value:
		return x == nil
	case *Map:
		return x == nil
	case *Closure:
		return x == nil
	}
	v := reflect.ValueOf(r)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.Interface, reflect.UnsafePointer:
		return v.IsNil()
	}
	return false
}
