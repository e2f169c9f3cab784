// Join is Go's own behind a host fast path (runner/vm/stdlib.go's joinFast): the VM joins at once, except at a call race-directed exploration made visible, where Go's Join reads the elements one at a time, as in Go.

//std:rename Join joinGo

package strings

func Join(elems []string, sep string) string {
	if s, ok := joinFast(elems, sep); ok {
		return s
	}
	return joinGo(elems, sep)
}

// joinFast is Join on the host; ok is false, and nothing joined, at a
// visible range site: a goroutine's stores may land between Go's reads of
// two elements there.
func joinFast(elems []string, sep string) (s string, ok bool)
