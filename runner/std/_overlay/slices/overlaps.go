// Go compares the ranges' addresses through unsafe; the VM has no address arithmetic, so element addresses decide.

package slices

// overlaps reports whether the memory ranges a[:len(a)] and b[:len(b)]
// overlap. Two ranges of the same element type overlap exactly when one
// starts inside the other.
func overlaps[E any](a, b []E) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	pa, pb := &a[0], &b[0]
	for i := range a {
		if &a[i] == pb {
			return true
		}
	}
	for i := range b {
		if &b[i] == pa {
			return true
		}
	}
	return false
}
