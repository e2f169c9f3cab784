// Go's DeepEqual walks gc's memory; this one walks the VM's cells through Value.

package reflect

import "unsafe"

// visit marks a comparison in progress, for cyclic data.
type visit struct {
	a1, a2 unsafe.Pointer
	typ    *rtype
}

// DeepEqual reports whether x and y are "deeply equal", as Go defines it.
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1, v2 := ValueOf(x), ValueOf(y)
	if v1.typ_ != v2.typ_ {
		return false
	}
	return deepValueEqual(v1, v2, map[visit]bool{})
}

func deepValueEqual(v1, v2 Value, visited map[visit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ_ != v2.typ_ {
		return false
	}
	// References already being compared are assumed equal: the cycle
	// is checked where it started.
	switch v1.Kind() {
	case Map, Slice, Pointer, Interface:
		if !v1.IsNil() && !v2.IsNil() {
			var p1, p2 unsafe.Pointer
			if v1.Kind() == Interface {
				p1, p2 = v1.ptr, v2.ptr
			} else {
				p1, p2 = unsafe.Pointer(v1.Pointer()), unsafe.Pointer(v2.Pointer())
			}
			k := visit{p1, p2, v1.typ_}
			if visited[k] {
				return true
			}
			visited[k] = true
		}
	}
	switch k := v1.Kind(); k {
	case Func:
		return v1.IsNil() && v2.IsNil() // funcs are equal only when both are nil
	case Slice, Map, Pointer, Interface:
		if nil1, nil2 := v1.IsNil(), v2.IsNil(); nil1 || nil2 {
			return nil1 == nil2
		}
		if k != Interface && v1.Pointer() == v2.Pointer() && (k != Slice || v1.Len() == v2.Len()) {
			return true // the same elements, or the same pointee
		}
	}
	switch v1.Kind() {
	case Array, Slice:
		return v1.Len() == v2.Len() && all(v1.Len(), func(i int) bool {
			return deepValueEqual(v1.Index(i), v2.Index(i), visited)
		})
	case Struct:
		return all(v1.NumField(), func(i int) bool {
			return deepValueEqual(v1.Field(i), v2.Field(i), visited)
		})
	case Map:
		if v1.Len() != v2.Len() {
			return false
		}
		for it := v1.MapRange(); it.Next(); {
			other := v2.MapIndex(it.Key())
			if !other.IsValid() || !deepValueEqual(it.Value(), other, visited) {
				return false
			}
		}
		return true
	case Pointer, Interface:
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Chan, UnsafePointer:
		return v1.Pointer() == v2.Pointer()
	}
	// Booleans, numbers and strings: == on the values (both have v1's
	// type), which is what Go's DeepEqual does for them, NaN included.
	return valueInterface(v1, false) == valueInterface(v2, false)
}

// all reports whether ok holds for every index below n.
func all(n int, ok func(int) bool) bool {
	for i := 0; i < n; i++ {
		if !ok(i) {
			return false
		}
	}
	return true
}
