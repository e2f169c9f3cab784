// Unsigned arithmetic, comparisons and bitwise operators.
package main

import "fmt"

func main() {
	var a, b uint = 3, 5
	fmt.Println("3-5 =", a-b, "5-3 =", b-a, "3<5:", a < b)
	var x uint32 = 0
	for i := 0; i < 5; i++ {
		x -= 1000000000
		fmt.Println("x -= 1e9 ->", x)
	}
	var h uint32 = 2166136261
	for _, c := range []byte("interleave") {
		h ^= uint32(c)
		h *= 16777619
		fmt.Printf("fnv %c -> %d (%#08x)\n", c, h, h)
	}
	var u16 uint16 = 40000
	fmt.Println("uint16 40000+40000 =", u16+u16, "*2 =", u16*2, "^u16 =", ^u16)
	var u8 uint8 = 0xF0
	fmt.Println("uint8 &,|,^,&^:", u8&0x3C, u8|0x0F, u8^0xFF, u8&^0x30, -u8)
	var big uint64 = 18446744073709551615
	fmt.Println("uint64 max:", big, big/3, big%1000, big>>1)
	fmt.Printf("%x %X %o %b\n", big, big/7, uint64(511), uint8(200))
	// loop counting down without going negative
	for i := uint(3); i < 10; i-- {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var c byte = 'z'
	c += 10
	fmt.Println("byte 'z'+10 =", c, string(rune(c)))
	// average without overflow
	p, q := uint8(250), uint8(240)
	fmt.Println("naive avg:", (p+q)/2, "safe avg:", p/2+q/2+(p%2+q%2)/2)
}
