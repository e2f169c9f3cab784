// container/*, hash/*, encoding/hex and base64, unicode/utf16 and path,
// all from Go's own sources.
package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"path"
	"unicode/utf16"
)

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	l := list.New()
	l.PushBack(2)
	l.PushFront(1)
	e := l.PushBack(4)
	l.InsertBefore(3, e)
	for x := l.Front(); x != nil; x = x.Next() {
		fmt.Print(x.Value, " ")
	}
	fmt.Println(l.Len())

	h := &intHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	r := ring.New(4)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, ",") })
	fmt.Println()

	f := fnv.New32a()
	f.Write([]byte("interleave"))
	f64 := fnv.New64()
	f64.Write([]byte("interleave"))
	fmt.Println(f.Sum32(), f64.Sum64())
	fmt.Println(crc32.ChecksumIEEE([]byte("interleave")), crc32.Checksum([]byte("x"), crc32.MakeTable(crc32.Castagnoli)))

	enc := hex.EncodeToString([]byte("Go!"))
	dec, err := hex.DecodeString(enc)
	fmt.Println(enc, string(dec), err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))

	b64 := base64.StdEncoding.EncodeToString([]byte("concurrency"))
	raw, err := base64.StdEncoding.DecodeString(b64)
	fmt.Println(b64, string(raw), err, base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff}), base64.RawStdEncoding.EncodeToString([]byte("a")))

	u := utf16.Encode([]rune("a😀"))
	fmt.Println(u, string(utf16.Decode(u)), utf16.IsSurrogate(rune(u[1])))

	fmt.Println(path.Join("a", "b/../c", "/d"), path.Base("/x/y.go"), path.Ext("f.tar.gz"), path.Clean("a//b/./c/.."), path.Dir("/a/b"))
	m, _ := path.Match("*.go", "main.go")
	fmt.Println(m, path.IsAbs("/a"))

	var err2 error = fmt.Errorf("wrapped: %w", &myErr{7})
	if me, ok := errors.AsType[*myErr](err2); ok {
		fmt.Println("AsType:", me.code)
	}
	_, ok := errors.AsType[*myErr](errors.New("plain"))
	fmt.Println(ok)
}
