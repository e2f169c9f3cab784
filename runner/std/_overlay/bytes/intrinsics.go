// The VM runs these on the host's bytes package (the same code, compiled): Go's own are calls of internal/bytealg's assembly, which reads the slices in chunks.

package bytes

func Compare(a, b []byte) int
func IndexByte(b []byte, c byte) int
