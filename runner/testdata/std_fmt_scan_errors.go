// Sscan, Sscanf, Sscanln, Fscan and Fscanf with Go's own scanner: values of
// every kind, and the error texts for each way input goes wrong.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

// Scan implements fmt.Scanner.
func (p *Point) Scan(state fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(state, "(%d,%d)", &p.X, &p.Y)
	return err
}

func main() {
	var (
		i   int
		i8  int8
		u   uint
		u16 uint16
		f   float64
		f32 float32
		c   complex128
		s   string
		b   bool
		r   rune
		bs  []byte
		p   Point
	)
	show := func(what string, n int, err error) {
		fmt.Printf("%-28s n=%d err=%v\n", what, n, err)
	}
	n, err := fmt.Sscan("42 -7 8 65535 3.5 1e-3 (1+2i) word true", &i, &i8, &u, &u16, &f, &f32, &c, &s, &b)
	show("Sscan all kinds", n, err)
	fmt.Println(i, i8, u, u16, f, f32, c, s, b)
	for _, in := range []string{"", "   ", "abc", "12abc", "999", "-1", "1.5", "0x1F", "0b101", "1_000", "+5", "--5", "9223372036854775808"} {
		n, err = fmt.Sscan(in, &i8)
		show(fmt.Sprintf("Sscan %q int8", in), n, err)
	}
	for _, in := range []string{"-1", "70000", "x"} {
		n, err = fmt.Sscan(in, &u16)
		show(fmt.Sprintf("Sscan %q uint16", in), n, err)
	}
	for _, in := range []string{"abc", "1e400", "NaN", "-Inf", "0x1p-2", "1.5.5"} {
		n, err = fmt.Sscan(in, &f)
		show(fmt.Sprintf("Sscan %q float64 %v", in, f), n, err)
	}
	for _, in := range []string{"yes", "T", "FALSE", "tru"} {
		n, err = fmt.Sscan(in, &b)
		show(fmt.Sprintf("Sscan %q bool %v", in, b), n, err)
	}
	n, err = fmt.Sscan("1 2", &i)
	show("Sscan extra input", n, err)
	n, err = fmt.Sscan("1", &i, &f)
	show("Sscan too little input", n, err)
	n, err = fmt.Sscan("1", i)
	show("Sscan non-pointer", n, err)
	n, err = fmt.Sscan("1", &p.X, new(chan int))
	show("Sscan bad type", n, err)
	n, err = fmt.Sscanln("1\n2", &i, &f)
	show("Sscanln newline", n, err)
	n, err = fmt.Sscanln("1 2 3", &i, &f)
	show("Sscanln extra", n, err)
	n, err = fmt.Sscanf("7-x", "%d-%s", &i, &s)
	show("Sscanf %d-%s", n, err)
	fmt.Println(i, s)
	n, err = fmt.Sscanf("7:x", "%d-%s", &i, &s)
	show("Sscanf mismatch", n, err)
	n, err = fmt.Sscanf("abc", "%d", &i)
	show("Sscanf %d of abc", n, err)
	n, err = fmt.Sscanf("12", "%d %d", &i, &i8)
	show("Sscanf short", n, err)
	n, err = fmt.Sscanf("5", "%s", &i)
	show("Sscanf %s into int", n, err)
	n, err = fmt.Sscanf("5", "%d", &s)
	show("Sscanf %d into string", n, err)
	n, err = fmt.Sscanf("5", "%z", &i)
	show("Sscanf bad verb", n, err)
	n, err = fmt.Sscanf("5", "%d")
	show("Sscanf too few operands", n, err)
	n, err = fmt.Sscanf("5 6", "%d", &i, &f)
	show("Sscanf too many operands", n, err)
	n, err = fmt.Sscanf("ff 0777 101 x", "%x %o %b %c", &i, &u, &i8, &r)
	show("Sscanf bases and %c", n, err)
	fmt.Println(i, u, i8, string(r))
	n, err = fmt.Sscanf("héllo wörld", "%5s%q", &s, &s)
	show("Sscanf width and bad %q", n, err)
	n, err = fmt.Sscanf(`"quoted str" rest`, "%q %s", &s, &bs)
	show("Sscanf %q", n, err)
	fmt.Printf("%q %q\n", s, bs)
	n, err = fmt.Sscanf("3.25e2 (1.5-2i)", "%g %v", &f32, &c)
	show("Sscanf floats", n, err)
	fmt.Println(f32, c)
	n, err = fmt.Sscan("(3,4)", &p)
	show("Sscan Scanner", n, err)
	fmt.Println(p)
	n, err = fmt.Sscan("(3;4)", &p)
	show("Sscan Scanner error", n, err)
	rd := bufio.NewReader(strings.NewReader("10 20\n30 x\n"))
	var a, z int
	for {
		n, err = fmt.Fscan(rd, &a, &z)
		show("Fscan", n, err)
		if err != nil {
			break
		}
		fmt.Println(a, z)
	}
	n, err = fmt.Fscanf(strings.NewReader("k=9\n"), "k=%d\n", &a)
	show("Fscanf", n, err)
	n, err = fmt.Fscanln(strings.NewReader(""), &a)
	show("Fscanln empty", n, err)
}
