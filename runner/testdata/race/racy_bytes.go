// Races on the elements of []byte, [N]byte and []bool, which the
// interpreter keeps in compact byte storage (vm/bytes.go): neighbouring
// bytes are separate locations for -race, the same byte is one, whether it
// is reached by index, through &b[i], inside a struct's array, as a whole
// array value, or by copy's runtime range access.
package main

import (
	"fmt"
	"time"
)

type rec struct {
	id [4]byte
	n  int
}

func main() {
	b := make([]byte, 8)
	go func() { b[0] = 1 }()
	b[1] = 2 // a neighbouring byte: no race
	time.Sleep(10 * time.Millisecond)

	go func() { b[3] = 1 }()
	time.Sleep(10 * time.Millisecond)
	b[3] = 2

	p := &b[5]
	go func() { *p = 7 }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(b[5])

	var r rec
	go func() { r.id[2] = 'x' }()
	time.Sleep(10 * time.Millisecond)
	id := r.id
	fmt.Println(id[2])

	flags := make([]bool, 4)
	go func() { flags[1] = true }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(flags[1], flags[2])

	dst := make([]byte, 4)
	go func() { copy(dst, "abcd") }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(dst[2])
}
