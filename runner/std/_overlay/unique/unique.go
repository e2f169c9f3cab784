// Go's unique interns through weak pointers and the garbage collector's cleanup hooks, which the VM has not: here a handle's value lives as long as the program.
//std:exclude *

// Package unique canonicalizes ("interns") comparable values: Make returns
// the same Handle for equal values, so handles compare as cheaply as
// pointers.
package unique

import "sync"

// Handle is a globally unique identity for some value of type T.
//
// Two handles compare equal exactly if the two values used to create the
// handles would have also compared equal.
type Handle[T comparable] struct {
	value *T
}

// Value returns a shallow copy of the T value that produced the Handle.
func (h Handle[T]) Value() T {
	return *h.value
}

// interned maps each value made so far, as an interface (so values of
// different types never meet), to its *T.
var interned struct {
	mu sync.Mutex
	m  map[any]any
}

// Make returns a globally unique handle for a value of type T. Handles are
// equal if and only if the values used to produce them are equal.
func Make[T comparable](value T) Handle[T] {
	interned.mu.Lock()
	defer interned.mu.Unlock()
	if p, ok := interned.m[value]; ok {
		return Handle[T]{p.(*T)}
	}
	if interned.m == nil {
		interned.m = map[any]any{}
	}
	p := new(T)
	*p = value
	interned.m[value] = p
	return Handle[T]{p}
}
