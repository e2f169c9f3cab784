// The hash package's interfaces over every hash the playground has (sums,
// sizes, block sizes, Cloner, state marshalling, a Hash64 of our own) and
// math/bits across its whole API, including the run-time panics of Div.
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	"math"
	"math/bits"
)

// sumXor is a Hash64 of our own: it xors 8-byte words.
type sumXor struct {
	acc uint64
	n   int
}

func (s *sumXor) Write(p []byte) (int, error) {
	for _, b := range p {
		s.acc ^= uint64(b) << (8 * (s.n % 8))
		s.n++
	}
	return len(p), nil
}
func (s *sumXor) Sum(b []byte) []byte {
	v := s.Sum64()
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32), byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}
func (s *sumXor) Reset()         { *s = sumXor{} }
func (s *sumXor) Size() int      { return 8 }
func (s *sumXor) BlockSize() int { return 8 }
func (s *sumXor) Sum64() uint64  { return s.acc }

var _ hash.Hash64 = (*sumXor)(nil)

func describe(name string, h hash.Hash) {
	h.Write([]byte("The quick brown fox "))
	fmt.Fprintf(h, "jumps over the %s dog", "lazy")
	sum := h.Sum([]byte("prefix:"))
	kind := "Hash"
	switch v := h.(type) {
	case hash.Hash32:
		kind = fmt.Sprintf("Hash32 %08x", v.Sum32())
	case hash.Hash64:
		kind = fmt.Sprintf("Hash64 %016x", v.Sum64())
	}
	_, cl := h.(hash.Cloner)
	_, bm := h.(encoding.BinaryMarshaler)
	fmt.Printf("%-8s size=%-2d block=%-3d %s cloner=%t marshal=%t\n  %s%x\n", name, h.Size(), h.BlockSize(), kind, cl, bm, sum[:7], sum[7:])

	// Sum does not change the state; Reset does.
	again := h.Sum(nil)
	h.Reset()
	empty := h.Sum(nil)
	fmt.Printf("  same=%t empty=%x\n", string(again) == string(sum[7:]), empty)

	// A clone, or a marshalled state, continues where the original was.
	h.Write([]byte("half "))
	if c, ok := h.(hash.Cloner); ok {
		dup, err := c.Clone()
		if err != nil {
			fmt.Println("  clone:", err)
			return
		}
		h.Write([]byte("and more"))
		dup.(hash.Hash).Write([]byte("and more"))
		fmt.Printf("  clone agrees: %t\n", string(h.Sum(nil)) == string(dup.(hash.Hash).Sum(nil)))
	}
	if m, ok := h.(encoding.BinaryMarshaler); ok {
		state, err := m.MarshalBinary()
		fmt.Printf("  state %d bytes, err %v\n", len(state), err)
		err = h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state[:len(state)-1])
		fmt.Printf("  truncated state: %v\n", err)
		err = h.(encoding.BinaryUnmarshaler).UnmarshalBinary([]byte("junk"))
		fmt.Printf("  junk state: %v\n", err)
	}
}

func main() {
	hs := []struct {
		name string
		h    hash.Hash
	}{
		{"adler32", adler32.New()},
		{"crc32", crc32.NewIEEE()},
		{"crc32c", crc32.New(crc32.MakeTable(crc32.Castagnoli))},
		{"crc64", crc64.New(crc64.MakeTable(crc64.ECMA))},
		{"fnv32", fnv.New32()},
		{"fnv32a", fnv.New32a()},
		{"fnv64a", fnv.New64a()},
		{"fnv128", fnv.New128()},
		{"md5", md5.New()},
		{"sha1", sha1.New()},
		{"sha224", sha256.New224()},
		{"sha256", sha256.New()},
		{"xor", &sumXor{}},
	}
	for _, x := range hs {
		describe(x.name, x.h)
	}

	// math/bits: every function over edge values.
	u32 := []uint32{0, 1, 0x80000000, 0xffffffff, 0x12345678}
	for _, x := range u32 {
		fmt.Printf("%08x lz=%d tz=%d ones=%d len=%d rev=%08x bytes=%08x rotl5=%08x rotr3=%08x\n", x,
			bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.OnesCount32(x), bits.Len32(x),
			bits.Reverse32(x), bits.ReverseBytes32(x), bits.RotateLeft32(x, 5), bits.RotateLeft32(x, -3))
	}
	u64 := []uint64{0, 1, 1 << 63, math.MaxUint64, 0x0123456789abcdef}
	for _, x := range u64 {
		fmt.Printf("%016x lz=%d tz=%d ones=%d len=%d rev=%016x bytes=%016x rotl=%016x\n", x,
			bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x),
			bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 17))
	}
	for _, x := range []uint8{0, 1, 0x80, 0xff, 0x5a} {
		fmt.Print(bits.LeadingZeros8(x), bits.TrailingZeros8(x), bits.OnesCount8(x), bits.Len8(x), bits.Reverse8(x), bits.RotateLeft8(x, 3), " ")
	}
	fmt.Println()
	for _, x := range []uint16{0, 1, 0x8000, 0xffff, 0x1234} {
		fmt.Print(bits.LeadingZeros16(x), bits.TrailingZeros16(x), bits.OnesCount16(x), bits.Len16(x), bits.Reverse16(x), bits.ReverseBytes16(x), bits.RotateLeft16(x, -4), " ")
	}
	fmt.Println()
	for _, x := range []uint{0, 1, 1 << (bits.UintSize - 1), math.MaxUint} {
		fmt.Print(bits.LeadingZeros(x), bits.TrailingZeros(x), bits.OnesCount(x), bits.Len(x), bits.Reverse(x) == x, bits.ReverseBytes(x), bits.RotateLeft(x, 1), " ")
	}
	fmt.Println(bits.UintSize)

	// Carries and borrows.
	s, c := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println("add64", s, c)
	s, c = bits.Add64(math.MaxUint64, math.MaxUint64, 1)
	fmt.Println("add64", s, c)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println("sub64", d, b)
	d, b = bits.Sub64(5, 3, 1)
	fmt.Println("sub64", d, b)
	s32, c32 := bits.Add32(math.MaxUint32, 2, 1)
	fmt.Println("add32", s32, c32)
	d32, b32 := bits.Sub32(1, 2, 1)
	fmt.Println("sub32", d32, b32)
	su, cu := bits.Add(math.MaxUint, 0, 1)
	fmt.Println("add", su, cu)
	du, bu := bits.Sub(0, 0, 1)
	fmt.Println("sub", du, bu)

	// Full-width products and quotients.
	hi, lo := bits.Mul64(math.MaxUint64, math.MaxUint64)
	fmt.Println("mul64", hi, lo)
	hi32, lo32 := bits.Mul32(0xdeadbeef, 0xcafebabe)
	fmt.Println("mul32", hi32, lo32)
	hu, lu := bits.Mul(1<<40, 1<<40)
	fmt.Println("mul", hu, lu)
	q, r := bits.Div64(hi, lo, math.MaxUint64)
	fmt.Println("div64", q, r)
	q32, r32 := bits.Div32(7, 12345, 1000)
	fmt.Println("div32", q32, r32)
	qu, ru := bits.Div(0, 100, 7)
	fmt.Println("div", qu, ru)
	fmt.Println("rem64", bits.Rem64(hi, lo, 1000), bits.Rem64(5, 0, 3), "rem32", bits.Rem32(9, 9, 10), "rem", bits.Rem(1, 2, 3))

	// Div panics with run-time errors: y == 0, and quotient overflow (hi >= y).
	for _, c := range []struct{ hi, lo, y uint64 }{{0, 1, 0}, {5, 0, 5}, {1, 0, 2}} {
		func() {
			defer func() {
				r := recover()
				err, isErr := r.(error)
				_, isRuntime := r.(interface{ RuntimeError() })
				fmt.Printf("div64(%d, %d, %d): %v error=%t runtime=%t %v\n", c.hi, c.lo, c.y, r, isErr, isRuntime, err)
			}()
			q, r := bits.Div64(c.hi, c.lo, c.y)
			fmt.Println("  =", q, r)
		}()
	}
	func() {
		defer func() { fmt.Println("div32:", recover()) }()
		bits.Div32(3, 0, 3)
	}()
	func() {
		defer func() { fmt.Println("rem64:", recover()) }()
		bits.Rem64(1, 2, 0)
	}()
}
