// The math package: rounding, powers, logs, limits and constants.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint16, uint64(math.MaxUint64))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	for _, x := range []float64{2.5, -2.5, 3.7, -3.7, 0.5, -0.5, 4, 1.5} {
		fmt.Printf("x=%v floor=%v ceil=%v trunc=%v round=%v roundEven=%v abs=%v\n",
			x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Abs(x))
	}
	for _, x := range []float64{0, 1, 2, 9, 0.25, 1e10} {
		fmt.Printf("sqrt(%v)=%v cbrt=%.6f log=%.6f log2=%v log10=%v exp=%.6g\n",
			x, math.Sqrt(x), math.Cbrt(x), math.Log(x), math.Log2(x), math.Log10(x), math.Exp(x))
	}
	fmt.Println(math.Pow(2, 10), math.Pow(2, -1), math.Pow(-8, 1.0/3), math.Pow(0, 0), math.Pow(10, 20), math.Pow(2, 0.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(-0.0, 0), math.Min(math.Inf(1), 5))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Mod(1, 0))
	fmt.Println(math.Hypot(3, 4), math.Abs(-0.0), math.Abs(math.Inf(-1)))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Atan2(1, 1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asin(1), math.Acos(0), math.Atan(1))
	frac, exp := math.Frexp(40)
	ip, fp := math.Modf(-3.25)
	fmt.Println(frac, exp, ip, fp, math.Ldexp(0.5, 4))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1))
	fmt.Println(math.Signbit(-1), math.Signbit(0), math.Copysign(5, -1), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.Inf(1) > math.MaxFloat64)
	fmt.Println(math.Expm1(1e-10), math.Log1p(1e-10), math.Exp2(10), math.Pow10(3), math.Gamma(5))
	fmt.Println(int64(math.Floor(-0.5)), int(math.Round(2.675*100)), math.Round(-0.4))
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MaxUint32)
	var total float64
	for i := 1; i <= 10; i++ {
		total += 1 / float64(i*i)
	}
	fmt.Println(total, math.Sqrt(total*6))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.FMA(2, 3, 4))
}
