// NaN and infinities: arithmetic, comparison, printing and conversion.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(inf, ninf, nan)
	fmt.Println("inf+1:", inf+1, "inf-inf:", inf-inf, "inf*0:", inf*0, "1/inf:", 1/inf, "-1/inf:", -1/inf)
	fmt.Println("nan==nan:", nan == nan, "nan!=nan:", nan != nan, "nan<1:", nan < 1, "nan>1:", nan > 1)
	fmt.Println("inf==inf:", inf == inf, "inf>maxfloat:", inf > math.MaxFloat64, "ninf<-maxfloat:", ninf < -math.MaxFloat64)
	fmt.Println("IsNaN:", math.IsNaN(nan), math.IsNaN(inf), "IsInf:", math.IsInf(inf, 1), math.IsInf(ninf, -1), math.IsInf(ninf, 0), math.IsInf(nan, 0))
	fmt.Printf("%f %e %g %v %5.2f|%-6v|%+v\n", inf, ninf, nan, inf, nan, inf, inf)
	fmt.Printf("%08.2f|%+f|%x\n", ninf, nan, inf)
	var f32 float32 = float32(inf)
	fmt.Println("float32 inf:", f32, float32(nan), -f32)
	big := math.MaxFloat64
	fmt.Println("max*2:", big*2, "-max*2:", -big*2, "max+1==max:", big+1 == big)
	small := math.SmallestNonzeroFloat64
	fmt.Println("smallest/2:", small/2, "smallest:", small)
	vals := []float64{3, nan, 1, inf, ninf, 2}
	mx, mn := ninf, inf
	for _, v := range vals {
		if v > mx {
			mx = v
		}
		if v < mn {
			mn = v
		}
	}
	fmt.Println("max/min by comparison:", mx, mn)
	fmt.Println("math.Max with NaN:", math.Max(1, nan), "math.Min(inf, 3):", math.Min(inf, 3))
	fmt.Println("builtin max/min:", max(1.0, 2.0, inf), min(3.0, ninf))
	fmt.Println("sqrt(-1):", math.Sqrt(-1), "log(0):", math.Log(0), "log(-1):", math.Log(-1))
	m := map[float64]string{inf: "inf", ninf: "ninf", 0: "zero"}
	fmt.Println(m, len(m))
	m[nan] = "nan"
	_, ok := m[nan]
	fmt.Println("nan key lookup ok:", ok, "len:", len(m))
	var f float64 = 0
	fmt.Println("0/0 via vars:", f/f, "x/0:", 5/f, "-5/0:", -5/f)
	fmt.Println(math.Signbit(math.Copysign(0, -1)), math.Copysign(3, ninf))
}
