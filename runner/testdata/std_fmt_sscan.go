// fmt.Sscan and Sscanln scan space-separated basic values, with Go's errors.
package main

import "fmt"

func main() {
	var n int
	var s string
	var f float64
	c, err := fmt.Sscan("42 abc 2.5", &n, &s, &f)
	fmt.Println(c, err, n, s, f)
	c, err = fmt.Sscan("x", &n)
	fmt.Println(c, err)
	c, err = fmt.Sscan("7", &n, &s)
	fmt.Println(c, err, n)
	var b bool
	c, err = fmt.Sscan("true -0x10", &b, &n)
	fmt.Println(c, err, b, n)
	var u8 uint8
	c, err = fmt.Sscan("300", &u8)
	fmt.Println(c, err)
	c, err = fmt.Sscanln("1\n2", &n, &f)
	fmt.Println(c, err)
}
