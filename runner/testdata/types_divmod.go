// Integer division truncates toward zero; modulo takes the sign of the dividend.
package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}, {-5, 7}, {1, 1}, {-1, 3}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	var i8 int8 = -128
	var m1 int8 = -1
	fmt.Println("int8 -128 / -1 =", i8/m1, "% -1 =", i8%m1)
	var i64 int64 = math.MinInt64
	var n1 int64 = -1
	fmt.Println("int64 min / -1 =", i64/n1, "% -1 =", i64%n1)
	var u uint = 17
	fmt.Println("uint 17/5 =", u/5, "17%5 =", u%5)
	var u8 uint8 = 200
	fmt.Println("uint8 200/7 =", u8/7, "200%7 =", u8%7)
	// division by powers of two on negatives (not the same as shifting)
	for _, v := range []int{-1, -2, -3, -7, -8, -9} {
		fmt.Printf("%d/4=%d %d>>2=%d %d%%4=%d %d&3=%d\n", v, v/4, v, v>>2, v, v%4, v, v&3)
	}
	// float division and modulo
	fa, fb := -7.5, 2.0
	fmt.Println("float -7.5/2 =", fa/fb, "math.Mod =", math.Mod(fa, fb), "math.Remainder =", math.Remainder(fa, fb))
	zero := 0.0
	fmt.Println("1/0.0 =", 1/zero, "-1/0.0 =", -1/zero, "0/0.0 =", zero/zero)
	// compound assignments
	x := 100
	x /= 7
	fmt.Println("100 /= 7 ->", x)
	x %= 4
	fmt.Println("%= 4 ->", x)
	y := -100
	y /= 7
	fmt.Println("-100 /= 7 ->", y)
	y %= 4
	fmt.Println("%= 4 ->", y)
	// euclidean modulo helper
	mod := func(a, b int) int { return ((a % b) + b) % b }
	for i := -5; i <= 5; i++ {
		fmt.Print(mod(i, 3), " ")
	}
	fmt.Println()
}
