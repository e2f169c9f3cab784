// The VM runs these searches on the host's bytes package (the same code, compiled): they are hot wherever bytes is used.

package bytes

func Compare(a, b []byte) int
func Count(s, sep []byte) int
func EqualFold(s, t []byte) bool
func Index(s, sep []byte) int
func IndexAny(s []byte, chars string) int
func IndexByte(b []byte, c byte) int
func IndexRune(s []byte, r rune) int
func LastIndex(s, sep []byte) int
func LastIndexAny(s []byte, chars string) int
func LastIndexByte(s []byte, c byte) int
