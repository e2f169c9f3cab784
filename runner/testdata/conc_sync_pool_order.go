// sync.Pool in one goroutine, as Go's per-P pool hands items back: the
// first Put fills the private slot and Get takes it first, later Puts go
// onto the shared chain and come back newest first; nil is never stored;
// New runs only when the pool is empty, and pools are independent.
package main

import (
	"fmt"
	"sync"
)

func main() {
	made := 0
	p := sync.Pool{New: func() any { made++; return fmt.Sprint("new", made) }}
	p.Put("a")
	p.Put("b")
	p.Put("c")
	p.Put(nil)
	fmt.Println(p.Get(), p.Get(), p.Get(), p.Get(), made)

	var q sync.Pool
	fmt.Println(q.Get())
	q.Put(1)
	q.Put("two")
	fmt.Println(q.Get(), q.Get(), q.Get())
	p.Put("x")
	fmt.Println(q.Get(), p.Get())

	// Reuse: Get after Put returns the same pointer.
	type buf struct{ b []byte }
	bp := sync.Pool{New: func() any { return &buf{make([]byte, 0, 64)} }}
	b1 := bp.Get().(*buf)
	b1.b = append(b1.b, "hello"...)
	bp.Put(b1)
	b2 := bp.Get().(*buf)
	fmt.Println(b1 == b2, string(b2.b), cap(b2.b))
}
