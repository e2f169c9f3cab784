// iota in function-local constant blocks and typed masks.
package main

import "fmt"

func main() {
	const (
		c0 = iota * iota
		c1
		c2
		c3
	)
	fmt.Println(c0, c1, c2, c3)
	type Mask uint16
	const (
		m0 Mask = 0xF << (4 * iota)
		m1
		m2
		m3
	)
	fmt.Printf("%#04x %#04x %#04x %#04x\n", m0, m1, m2, m3)
}
