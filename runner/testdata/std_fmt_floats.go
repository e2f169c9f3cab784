// Floating-point verbs %e %E %f %F %g %G with widths, precision and flags.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265, 123456.789, 1e-7, 6.02214076e23, 100, 0.000123, 2.5, 3.5}
	for _, v := range vals {
		fmt.Printf("%v|%e|%E|%f|%.2f|%8.3f|%-10.1f|%+.3e|%g|%G|%.3g|%10.4g|%08.2f\n",
			v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%.0f %.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5, -1.5)
	fmt.Printf("%.1f %.1f %.1f %.2f\n", 0.05, 0.15, 0.25, 1.005)
	fmt.Printf("%5.1f|%-8.2f|%+.1f|% .2f|% .2f\n", 3.14159, 2.5, 1.0, 1.0, -1.0)
	fmt.Printf("%#g %#.3g %#e %#.0f\n", 1.0, 2.0, 3.0, 4.0)
	fmt.Printf("%x %X %.2x\n", 1.0, -3.5, 10.0)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%g %g %g %g\n", 1e20, 1e21, 1e-4, 1e-5)
	fmt.Printf("%v %v %v\n", float32(1)/3, float32(16777216), float32(1e-8))
	fmt.Printf("%.3v %10v|%-10v|\n", math.Pi, math.E, math.Sqrt2)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%*.*f|\n", 10, 3, math.Pi)
	fmt.Printf("%f %.10f %.20f\n", 0.1, 0.1, 0.1)
	fmt.Printf("%e %g\n", math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%v %.2f\n", []float64{1.25, 2}, []float64{1.255, 2})
	fmt.Printf("%.2f %v\n", 1+2i, complex64(1.5-0.5i))
	fmt.Printf("%8.2f|%-12.1e|\n", 3-4i, 1i)
	fmt.Println(fmt.Sprintf("%.1f", 0.95), fmt.Sprintf("%.2g", 0.0001234), fmt.Sprintf("%5.0f|", 12345.6))
}
