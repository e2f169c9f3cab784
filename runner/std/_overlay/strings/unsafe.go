// Builder turns its buffer into a string with unsafe and checks copies with abi.NoEscape; the VM has neither, so these two use a conversion and a plain pointer.

package strings

// String returns the accumulated string.
func (b *Builder) String() string { return string(b.buf) }

// copyCheck panics, as Go does, when a Builder is used after being copied.
func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}
