// Builder turns its buffer into a string with unsafe and checks copies with abi.NoEscape; the VM has neither, so String calls an intrinsic that shares the buffer's bytes as unsafe.String does, and copyCheck uses a plain pointer.

package strings

// String returns the accumulated string. Like Go's, it shares the
// buffer's bytes without copying them: a Builder only ever appends, so the
// bytes a string was made of never change.
func (b *Builder) String() string { return bufString(b.buf) }

// bufString is unsafe.String(unsafe.SliceData(buf), len(buf)), an
// intrinsic (runner/vm/bytes.go).
func bufString(buf []byte) string

// copyCheck panics, as Go does, when a Builder is used after being copied.
func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}
