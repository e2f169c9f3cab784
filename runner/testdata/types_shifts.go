// Shifts: large counts, signed right shifts, unsigned counts of all sizes.
package main

import "fmt"

func main() {
	one := 1
	for _, n := range []uint{0, 1, 7, 31, 32, 62, 63, 64, 65, 100, 1000} {
		fmt.Printf("1<<%d = %d\n", n, one<<n)
	}
	neg := -16
	for _, n := range []uint{0, 1, 2, 4, 5, 63, 64, 200} {
		fmt.Printf("-16>>%d = %d\n", n, neg>>n)
	}
	var u8 uint8 = 0x81
	for n := 0; n <= 9; n++ {
		fmt.Printf("uint8 0x81<<%d = %#x, >>%d = %#x\n", n, u8<<n, n, u8>>n)
	}
	var i8 int8 = -128
	for n := 0; n <= 8; n++ {
		fmt.Printf("int8 -128>>%d = %d, <<%d = %d\n", n, i8>>n, n, i8<<n)
	}
	var i32 int32 = 1
	var s32 int = 31
	fmt.Println("int32 1<<31 =", i32<<s32, "1<<32 =", i32<<(s32+1))
	var u64 uint64 = 1 << 63
	fmt.Println("uint64 1<<63 =", u64, ">>63 =", u64>>63, ">>64 =", u64>>64)
	var i64 int64 = -1
	fmt.Println("int64 -1>>63 =", i64>>63, "-1>>100 =", i64>>100, "-1<<63 =", i64<<63)
	// signed shift counts are allowed when non-negative
	var cnt int8 = 3
	fmt.Println("5<<int8(3) =", 5<<cnt, "uint16 count:", 1<<uint16(10))
	// shifting typed smaller values
	var u16 uint16 = 0xFFFF
	fmt.Println("uint16 0xffff<<4 =", u16<<4, ">>4 =", u16>>4)
	// bit tricks
	x := 0b1011_0110
	fmt.Printf("x=%08b x&-x=%08b x&(x-1)=%08b ^x&0xff=%08b x&^0b110=%08b\n", x, x&-x, x&(x-1), ^x&0xff, x&^0b110)
	var b uint32 = 0xDEADBEEF
	rot := b<<8 | b>>24
	fmt.Printf("rotl8(%#x) = %#x\n", b, rot)
	fmt.Println("popcount-ish:", countBits(0xDEADBEEF), countBits(0), countBits(^uint64(0)))
}

func countBits(v uint64) int {
	c := 0
	for v != 0 {
		v &= v - 1
		c++
	}
	return c
}
