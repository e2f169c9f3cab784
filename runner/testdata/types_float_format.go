// How fmt prints float64 and float32 values with Println and %v.
package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.5, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.0,
		1234567890123456789.0, 3.141592653589793, 2.0 / 3, -0.0, 5e-324, 1.7976931348623157e308}
	for _, v := range vals {
		fmt.Println(v, float32(v))
	}
	var z float64
	negz := -z
	fmt.Println("negative zero:", negz, negz == 0, 1/negz)
	fmt.Printf("%v %g %e %f %.3g %G %E\n", 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1e-10, 1e-10)
	var f32 float32 = 0.1
	fmt.Println("float32 0.1:", f32, "float64(f32):", float64(f32), "sum:", f32+0.2)
	acc := 0.0
	for i := 0; i < 10; i++ {
		acc += 0.1
		fmt.Print(acc, " ")
	}
	fmt.Println()
	var acc32 float32
	for i := 0; i < 10; i++ {
		acc32 += 0.1
		fmt.Print(acc32, " ")
	}
	fmt.Println()
	fmt.Println(fmt.Sprint(1.0), fmt.Sprint(2.50), fmt.Sprintf("%v", 1e100), fmt.Sprintf("%v", float32(1e10)))
	x := 1.0
	for i := 0; i < 8; i++ {
		x *= 10.5
		fmt.Println(i, x, x/3, -x/7)
	}
	h := 0.5
	for i := 0; i < 6; i++ {
		h /= 7
		fmt.Println(h)
	}
	fmt.Println([]float64{1, 2.5, -3}, [2]float32{0.25, 1e-7}, map[string]float64{"a": 0.1, "b": 1e9})
}
