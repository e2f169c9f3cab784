// Integer wraparound for every sized integer type, computed through variables
// so the compiler cannot fold the constants.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)
	i8 = -128
	i8--
	fmt.Println("int8 -128-1 =", i8)
	var i8b int8 = 100
	fmt.Println("int8 100*3 =", i8b*3, "100+100 =", i8b+i8b)
	i8 = -128
	fmt.Println("int8 -(-128) =", -i8, "-128/-1 =", i8/-1)

	var i16 int16 = math.MaxInt16
	i16 += 2
	fmt.Println("int16 max+2 =", i16)
	var i32 int32 = math.MaxInt32
	i32++
	fmt.Println("int32 max+1 =", i32)
	var i32b int32 = 65536
	fmt.Println("int32 65536*65536 =", i32b*i32b, "65535*65537 =", (i32b-1)*(i32b+1))
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println("int64 max+1 =", i64)
	i64 = math.MinInt64
	fmt.Println("int64 min-1 =", i64-1, "min*-1 =", i64*-1, "min/-1 =", i64/-1, "min%-1 =", i64%-1)
	var n int = math.MaxInt
	fmt.Println("int max+1 =", n+1, "max*2 =", n*2)

	var u8 uint8 = 255
	u8++
	fmt.Println("uint8 255+1 =", u8)
	u8 = 0
	u8--
	fmt.Println("uint8 0-1 =", u8)
	var u16 uint16 = 65535
	u16 += 10
	fmt.Println("uint16 65535+10 =", u16)
	var u32 uint32 = math.MaxUint32
	fmt.Println("uint32 max+1 =", u32+1, "max*max =", u32*u32)
	var u64 uint64 = math.MaxUint64
	fmt.Println("uint64 max+1 =", u64+1, "max*3 =", u64*3)
	var up uintptr = 0
	up--
	fmt.Println("uintptr 0-1 =", up)
	var u uint = 3
	fmt.Println("uint 3-5 =", u-5)

	// multiplication overflow in a loop
	var f int32 = 1
	for i := 1; i <= 15; i++ {
		f *= int32(i)
		fmt.Printf("%d! (int32) = %d\n", i, f)
	}
	var g uint8 = 1
	for i := 0; i < 10; i++ {
		g *= 3
		fmt.Print(g, " ")
	}
	fmt.Println()
	var h int16 = 1
	for i := 0; i < 17; i++ {
		h <<= 1
		fmt.Print(h, " ")
	}
	fmt.Println()
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8, math.MaxInt16, math.MinInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, uint32(math.MaxUint32), math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
}
