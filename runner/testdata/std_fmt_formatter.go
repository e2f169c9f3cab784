// fmt.Formatter and fmt.State, GoStringer, Stringer and error precedence,
// FormatString, panicking methods, pointers and maps: the parts of fmt that
// call the program's methods, as real Go prints them.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Money struct {
	Cents int64
	Cur   string
}

// Format implements fmt.Formatter and reports everything State says.
func (m Money) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	var flags strings.Builder
	for _, c := range "-+# 0" {
		if f.Flag(int(c)) {
			flags.WriteRune(c)
		}
	}
	switch verb {
	case 'v', 's':
		if f.Flag('#') {
			fmt.Fprintf(f, "Money{%d, %q}", m.Cents, m.Cur)
			return
		}
		s := fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Cur)
		if wok {
			s = fmt.Sprintf("%*s", w, s)
		}
		f.Write([]byte(s))
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money w=%d,%v p=%d,%v flags=%q fs=%q)", verb, w, wok, p, pok, flags.String(), fmt.FormatString(f, verb))
	}
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Code int

func (c Code) Error() string    { return fmt.Sprintf("code %d", int(c)) }
func (c Code) String() string   { return "String wins?" }
func (c Code) GoString() string { return "Code(" + fmt.Sprint(int(c)) + ")" }

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS<%d>", p.n) }

type Panicky struct{ msg string }

func (p Panicky) String() string { panic(p.msg) }

type NilSafe struct{}

func (n *NilSafe) String() string { return "nilsafe" }

type NilPanics struct{ v int }

func (n *NilPanics) String() string { return fmt.Sprint(n.v) }

type Wrapper struct {
	T    Temp
	C    Code
	M    Money
	P    *PtrStringer
	Any  any
	Priv Temp
	m    map[Code]Temp
}

type Tree struct {
	L, R *Tree
	V    int
}

func main() {
	m := Money{12345, "EUR"}
	fmt.Println(m)
	fmt.Printf("%v|%s|%d|%#v|%12v|%-8.3x|%+ 05q|%T\n", m, m, m, m, m, m, m, m)
	fmt.Printf("[%[2]*[1]v] [%6.2v]\n", m, 14)
	fmt.Println(Temp(21.55), []Temp{1, 2}, map[Temp]int{3: 1})
	fmt.Printf("%v %s %d %x %q %#v\n", Temp(1), Temp(2), Temp(3), Temp(4), Temp(5), Temp(6))
	fmt.Println(Code(7), error(Code(8)))
	fmt.Printf("%v %s %d %#v %+v\n", Code(1), Code(2), Code(3), Code(4), Code(5))
	ps := &PtrStringer{9}
	fmt.Println(ps, *ps, []*PtrStringer{ps}[0])
	fmt.Printf("%v %+v\n", PtrStringer{1}, struct{ P *PtrStringer }{ps})
	fmt.Println(Panicky{"boom"})
	fmt.Printf("%s|%d\n", Panicky{"bang"}, Panicky{"x"})
	var ns *NilSafe
	fmt.Println(ns)
	var np *NilPanics
	fmt.Println(np)
	fmt.Printf("%v %+v\n", Wrapper{T: 1, C: 2, M: m, P: ps, Any: Temp(3), Priv: 4, m: map[Code]Temp{1: 2}}, Wrapper{})
	fmt.Printf("%#v\n", Wrapper{T: 1, Any: 5})
	t := &Tree{L: &Tree{V: 1}, V: 2}
	fmt.Printf("%v %+v\n", t.L, *t.L)
	var ip *int
	x := 5
	fmt.Printf("%v %d %t\n", ip, &x == &x, ip == nil)
	fmt.Println(map[string][]int{"b": {2}, "a": {1}}, map[[2]int]bool{{2, 1}: true, {1, 2}: false}, map[any]int{"s": 1, "a": 2, nil: 3}, map[any]int{2: 1, -1: 2})
	fmt.Printf("%#v %#v %#v\n", map[string]int(nil), []string(nil), [0]int{})
	fmt.Printf("%v %#v %T\n", errors.New("e"), struct{ E error }{}, errors.New("e"))
	err := fmt.Errorf("outer: %w + %w", Code(1), errors.New("two"))
	fmt.Println(err, errors.Is(err, Code(1)), errors.Unwrap(err) == nil)
	var c Code
	fmt.Println(errors.As(err, &c), c)
	fmt.Fprintf(os.Stdout, "%5.1f|%-5d|%05d|%x|%X|%o|%#o|%b|%U|%#U|%c|%q\n", 3.14159, 42, -42, 255, "hi", 8, 8, 5, 0x1F600, 'x', 'y', 'z')
	fmt.Printf("%08.3f|%+.2e|%g|%G|%.3g|%#g|%x|%v\n", -3.14159, 12345.678, 1e-7, 1e21, 123456.0, 1.0, 1.5, float32(1)/3)
	fmt.Printf("%v %.2f %+v\n", complex(1, 2), complex64(complex(3, -4)), -1i)
	fmt.Printf("%s %v %q %x % x %#x %X\n", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), [2]byte{1, 255})
	fmt.Printf("%t %v %5t\n", true, false, true)
	fmt.Printf("%6.2s|%-6s|%q|%+q|%#q|%x\n", "hello", "ab", "tab\t", "é", "back`tick", "é")
	var s fmt.Stringer = Temp(9)
	fmt.Printf("%v %T %T %T\n", s, s, ps, m)
	fmt.Printf("%v\n", []fmt.Stringer{Temp(1), nil, ps})
	fmt.Println(fmt.Sprint(Temp(1), Code(2), "x", 3, 4), fmt.Sprintln(m, "y"))
}
