// string(b), string(r) and a comparison with string(b) read the slice's
// elements in the runtime (slicebytetostring, slicerunetostring,
// slicebytetostringtmp); clear(s) is memclr, which -race does not instrument.
package main

import (
	"fmt"
	"time"
)

func main() {
	b := make([]byte, 4)
	go func() { clear(b) }()
	time.Sleep(10 * time.Millisecond)
	b[0] = 1
	r := make([]rune, 4)
	go func() { r[1] = 'x' }()
	time.Sleep(10 * time.Millisecond)
	s2 := string(r)
	go func() { b[2] = 'x' }()
	time.Sleep(10 * time.Millisecond)
	s := string(b)
	a := []int{1, 2, 3}
	go func() { clear(a) }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(a[1], len(s), len(s2))
	m := []byte("abc")
	go func() { m[0] = 'z' }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(string(m) == "zbc")
}
