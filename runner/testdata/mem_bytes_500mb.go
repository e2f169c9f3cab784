// 500 MB of []byte kept live at once, filled and checksummed: Go holds it
// in 500 MB, and so must the interpreter (issue 10 item 5: compact byte
// storage, runner/vm/bytes.go).
package main

import (
	"bytes"
	"fmt"
	"runtime"
)

func main() {
	const chunk = 1 << 20
	keep := make([][]byte, 500)
	for i := range keep {
		b := make([]byte, chunk)
		for j := 0; j < 256; j++ {
			b[j] = byte(i*7 + j*j)
		}
		for n := 256; n < len(b); n *= 2 {
			copy(b[n:], b[:n])
		}
		b[i*1000] ^= 0xff
		keep[i] = b
	}
	runtime.GC()
	total, count := 0, 0
	var sum uint64
	for i, b := range keep {
		total += len(b)
		count += bytes.Count(b, []byte{0x2a})
		for j := i; j < len(b); j += 4093 {
			sum = sum*1000003 + uint64(b[j])
		}
	}
	fmt.Println("live MB:", total>>20, "of 0x2a:", count, "sum:", sum)
}
