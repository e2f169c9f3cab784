// Basic complex numbers: construction, arithmetic, real/imag, printing.
package main

import "fmt"

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a, b)
	fmt.Println("a+b =", a+b, "a-b =", a-b, "a*b =", a*b, "a/b =", a/b)
	fmt.Println("real, imag:", real(a), imag(a), real(b), imag(b))
	fmt.Println("a==b:", a == b, "a==1+2i:", a == 1+2i)
	var c64 complex64 = complex64(a)
	fmt.Println("complex64:", c64, c64*c64, real(c64))
	fmt.Printf("%v %.2f %g %e\n", b, b, a*a, a)
	fmt.Printf("%T %T %T\n", a, c64, real(c64))
	z := complex(0, 0)
	for i := 0; i < 5; i++ {
		z = z*z + complex(0.25, 0.5)
		fmt.Println(i, z)
	}
	i := 1i
	fmt.Println("i*i =", i*i, "conj-like:", complex(real(b), -imag(b)))
	var zero complex128
	fmt.Println("zero value:", zero)
	fmt.Println([]complex128{1, 1i, -1, -1i})
	x, y := 2.0, -0.5
	fmt.Println(complex(x, y), complex(float32(x), float32(y)))
}
