// Go clones a map inside the runtime (a go:linkname'd function the VM does not have); here it is a plain copy.

//std:remove clone

package maps

// Clone returns a copy of m: a shallow clone, nil for nil.
func Clone[M ~map[K]V, K comparable, V any](m M) M {
	if m == nil {
		return nil
	}
	r := make(M, len(m))
	for k, v := range m {
		r[k] = v
	}
	return r
}
