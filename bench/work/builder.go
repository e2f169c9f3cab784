package work

import "strings"

// Builder appends to a strings.Builder.
func Builder() int {
	var b strings.Builder
	for i := 0; i < 200000; i++ {
		b.WriteString("ab")
		b.WriteByte('c')
	}
	return len(b.String())
}
