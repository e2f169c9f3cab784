package main

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8, -i8, i8/-1)
	var m8 int8 = -128
	fmt.Println(m8/-1, m8%-1, -m8)
	var mi int64 = math.MinInt64
	fmt.Println(mi/-1, mi%-1)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8, ^u8, u8<<1, u8>>9)
	var sh uint = 70
	fmt.Println(1<<sh, int32(1)<<(sh-40), int64(-1)>>sh, uint64(1)<<63>>sh)
	var s32 int32 = -5
	fmt.Println(s32>>1, s32<<30, uint32(s32)>>1)
	f := 3.9
	fmt.Println(int(f), int(-f), uint8(int(f)), int64(math.Float32frombits(0x7f7fffff)) != 0)
	big := 1e20
	fmt.Println(int64(big) == math.MinInt64, uint64(float64(1<<63)))
	nan := math.NaN()
	fmt.Println(nan == nan, nan < 1, math.Inf(1) > 1e308, -0.0 == 0.0, 1/math.Inf(-1))
	negz := math.Copysign(0, -1)
	fmt.Println(negz, 1/negz, fmt.Sprintf("%v %g %.1f", negz, negz, negz))
	fmt.Println(float32(0.1), float64(float32(0.1)), float32(16777217))
	fmt.Println(string(rune(65)), string(rune(-1)), string(rune(0x10FFFF+1)), string(rune(0xD800)))
	bs := []byte("héllo\xff")
	rs := []rune("héllo\xff")
	fmt.Println(len(bs), len(rs), rs, string(rs), string(bs[1:3]))
	fmt.Println(utf8.ValidString(string(bs)), []byte(string(rs)))
	for i, r := range "a\xffb\xc3" {
		fmt.Print(i, " ", r, ";")
	}
	fmt.Println()
	fmt.Println(strconv.Quote("a\x00\u2028é\xff"), strconv.QuoteToASCII("é☺"))
	var c complex64 = complex(1, 2)
	fmt.Println(c*c, real(c), imag(c*c), complex128(c)/0)
	v7, v4, u32, u200 := 70000, 40000, uint32(1<<32-1), uint8(200)
	fmt.Println(uint16(v7), int16(v4), u32+1, int(u200+100))
	x := 0xFF
	fmt.Println(x&^0x0F, x^-1, -x>>2, uint(x)>>2)
	fmt.Printf("%08b %o %O %x %X %#x %U\n", 5, 64, 64, -255, 255, "hi", 0x1F600)
	fmt.Printf("%5.2f|%-6d|%+d|%e|%G\n", math.Pi, 42, 3, 123456.789, 1e-10)
	fmt.Println(math.MaxUint32, uint64(math.MaxUint64), math.SmallestNonzeroFloat64)
	mf := float32(math.MaxFloat32)
	fmt.Println(mf*2, -mf*2, mf*2-mf*2)
	var d time = 5
	fmt.Println(d)
}

type time int

func (t time) String() string { return "T" + strconv.Itoa(int(t)) }
