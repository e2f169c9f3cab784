// math/big compiled from GOROOT: Int, Rat and Float arithmetic and their
// fmt.Formatter and fmt.Scanner methods under the verbs and flags they
// accept.
package main

import (
	"fmt"
	"math/big"
)

func main() {
	// Factorials, powers, division, GCD, modular inverse, primes.
	f := big.NewInt(1)
	for i := int64(2); i <= 30; i++ {
		f.Mul(f, big.NewInt(i))
	}
	fmt.Println("30! =", f, f.BitLen(), len(f.Bytes()))
	p := new(big.Int).Exp(big.NewInt(2), big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println(p, p.ProbablyPrime(10), new(big.Int).Add(p, big.NewInt(2)).ProbablyPrime(10))
	q, r := new(big.Int).QuoRem(f, p, new(big.Int))
	fmt.Println(q, r)
	d, m := new(big.Int).DivMod(big.NewInt(-7), big.NewInt(3), new(big.Int))
	fmt.Println(d, m, new(big.Int).Quo(big.NewInt(-7), big.NewInt(3)), new(big.Int).Rem(big.NewInt(-7), big.NewInt(3)))
	x, y := new(big.Int), new(big.Int)
	g := new(big.Int).GCD(x, y, big.NewInt(240), big.NewInt(46))
	fmt.Println(g, x, y, new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)), new(big.Int).Sqrt(f))
	fmt.Println(f.Cmp(p), p.Sign(), new(big.Int).Neg(p).Sign(), new(big.Int).Lsh(big.NewInt(3), 100), new(big.Int).Rsh(f, 50))
	fmt.Println(new(big.Int).And(f, p), new(big.Int).Or(big.NewInt(12), big.NewInt(3)), new(big.Int).Xor(big.NewInt(12), big.NewInt(10)), new(big.Int).Not(big.NewInt(5)))

	// Formatting: every verb and flag Int.Format handles.
	n := big.NewInt(-255)
	fmt.Printf("%v|%s|%d|%x|%X|%o|%O|%b|%#x|%#o|%+d|% d|%08d|%-8d|%.5d|%q|%T\n", n, n, n, n, n, n, n, n, n, n, big.NewInt(5), big.NewInt(5), n, n, n, n, n)
	fmt.Println(n.String(), n.Text(36), f.Text(16), n.Int64(), p.IsInt64(), f.Uint64())
	var nilInt *big.Int
	fmt.Printf("%v %d %s\n", nilInt, nilInt, nilInt)
	s, ok := new(big.Int).SetString("-0x_dead_beef", 0)
	fmt.Println(s, ok)
	_, ok = new(big.Int).SetString("12z", 10)
	fmt.Println(ok)
	var sc big.Int
	k, err := fmt.Sscan("123456789012345678901234567890", &sc)
	fmt.Println(k, err, &sc)
	k, err = fmt.Sscanf("ff", "%x", &sc)
	fmt.Println(k, err, &sc)
	k, err = fmt.Sscan("zz", &sc)
	fmt.Println(k, err)

	// Rat.
	a := big.NewRat(3, 4)
	b := big.NewRat(-5, 6)
	fmt.Println(new(big.Rat).Add(a, b), new(big.Rat).Mul(a, b), new(big.Rat).Quo(a, b), a.Cmp(b))
	fmt.Println(a.FloatString(5), b.FloatString(0), a.RatString(), big.NewRat(4, 2).RatString(), a.Num(), a.Denom())
	fmt.Printf("%v %s %d\n", a, b, a)
	ra, _ := new(big.Rat).SetString("1.25e-3")
	rb, _ := new(big.Rat).SetString("22/7")
	fl, exact := rb.Float64()
	fmt.Println(ra, rb, fl, exact, ra.IsInt(), new(big.Rat).SetFrac64(10, 5).IsInt())
	var rs big.Rat
	k, err = fmt.Sscan("-7/21", &rs)
	fmt.Println(k, err, &rs)

	// Float.
	x1 := new(big.Float).SetPrec(200).SetInt64(2)
	sq := new(big.Float).SetPrec(200).Sqrt(x1)
	fmt.Println(sq.Text('g', 50), sq.Prec(), sq.MinPrec() > 0)
	fmt.Printf("%v|%.20f|%g|%e|%.3e|%10.4f|%-12.2f|%+.1f|%x|%b|%s|%G\n", sq, sq, big.NewFloat(1.5), big.NewFloat(12345.678), big.NewFloat(12345.678), big.NewFloat(3.14159), big.NewFloat(2.5), big.NewFloat(2.25), big.NewFloat(1), big.NewFloat(3), big.NewFloat(0.1), big.NewFloat(1e100))
	z := new(big.Float).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(z, z.String(), z.Mode(), z.Acc(), new(big.Float).Mul(z, big.NewFloat(3)))
	i64, acc := big.NewFloat(-2.7).Int64()
	bi, _ := new(big.Float).SetPrec(100).SetMantExp(big.NewFloat(1), 80).Int(nil)
	fmt.Println(i64, acc, bi, big.NewFloat(0).Sign(), new(big.Float).SetInf(true), big.NewFloat(-0.0).Signbit())
	pf, _, err := big.ParseFloat("6.02214076e23", 10, 64, big.ToNearestEven)
	fmt.Println(pf, err)
	_, _, err = big.ParseFloat("6.0x", 10, 64, big.ToNearestEven)
	fmt.Println(err)
	var fs big.Float
	k, err = fmt.Sscan("2.5e-3", &fs)
	fmt.Println(k, err, &fs)
	fmt.Println(fmt.Sprint(big.NewInt(1), big.NewRat(1, 2), big.NewFloat(0.5)), fmt.Sprintf("%v", []*big.Int{big.NewInt(1), nil}))
}
