// Numeric and string conversions, done on variables so they happen at run time.
package main

import "fmt"

func main() {
	a, b, c := 200, -1, 300
	fmt.Println("int8(200) =", int8(a), "uint8(-1) =", uint8(b), "uint8(300) =", uint8(c))
	fmt.Println("int16(70000) =", int16(a*350), "uint16(-1) =", uint16(b))
	big := int64(1)<<40 + 5
	fmt.Println("int32(1<<40+5) =", int32(big), "uint32 =", uint32(big), "int8 =", int8(big))
	neg := int64(-5)
	fmt.Println("uint64(-5) =", uint64(neg), "uint32(-5) =", uint32(neg))
	var u8 uint8 = 250
	fmt.Println("int8(uint8 250) =", int8(u8), "int(250) =", int(u8))
	var i8 int8 = -3
	fmt.Println("uint8(int8 -3) =", uint8(i8), "uint64 =", uint64(i8), "int64 =", int64(i8))

	fs := []float64{3.99, -3.99, 0.5, -0.5, 2.5, -2.5, 123456.789}
	for _, f := range fs {
		fmt.Println("float", f, "-> int", int(f), "int32", int32(f), "int64", int64(f))
	}
	e10 := 1e10
	fmt.Println("float 1e10 -> int64", int64(e10), "uint64", uint64(e10))
	var f32 float32 = 16777217
	fmt.Println("float32(16777217) =", f32, "float64 =", float64(f32))
	x := 7
	fmt.Println("float64(7)/2 =", float64(x)/2, "7/2 =", x/2)
	var third float32 = 1.0 / 3
	fmt.Println("float32 1/3 =", third, "as float64 =", float64(third))
	d := 0.1
	fmt.Println("0.1+0.2 =", d+0.2, "float32(0.1) =", float32(d))
	fmt.Println("uint8(3.7) =", uint8(fs[0]+0), "int(-0.9) =", int(-0.9+d-d))

	r := 'A' + 2
	fmt.Println("string(rune) =", string(rune(r)), string(rune(0x4e16)), string(rune(0x1F600)))
	bad := -1
	fmt.Printf("string(rune(-1)) = %q\n", string(rune(bad)))
	sur := 0xD800
	fmt.Printf("string(surrogate) = %q\n", string(rune(sur)))
	s := "héllo, 世界"
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println("len", len(s), "bytes", len(bs), "runes", len(rs))
	fmt.Println("bytes:", bs)
	fmt.Println("runes:", rs)
	bs[0] = 'H'
	fmt.Println("modified copy:", string(bs), "original:", s)
	rs[1] = 'e'
	fmt.Println("from runes:", string(rs))
	fmt.Println("string(bs[1:3]) =", string(bs[1:3]), "string(rs[7:]) =", string(rs[7:]))
	var empty []byte
	fmt.Printf("%q %q\n", string(empty), string([]rune(nil)))
	fmt.Println([]byte("abc"), []rune("abc"))
	type Celsius float64
	type Fahrenheit float64
	cv := Celsius(100)
	fv := Fahrenheit(cv*9/5 + 32)
	fmt.Println("celsius", cv, "fahrenheit", fv)
	type MyString string
	ms := MyString("typed")
	fmt.Println(string(ms)+"!", []byte(ms))
}
