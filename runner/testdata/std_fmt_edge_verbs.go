package main

import (
	"errors"
	"fmt"
	"math"
)

type P struct {
	X    int
	Next *P
	M    map[string]int
	S    []any
	E    error
	F    func()
}

type St int

func (s St) String() string { return fmt.Sprintf("St<%d>", int(s)) }

type G struct{ v int }

func (g *G) String() string { return "ptrG" }

func main() {
	p := &P{X: 1, M: map[string]int{"b": 2, "a": 1}, S: []any{1, "s", nil, St(3)}, E: errors.New("e")}
	fmt.Printf("%v\n%+v\n", *p, *p)
	m := map[any]int{3: 1, "a": 2, 1.5: 3, false: 4, St(1): 5, 2: 6, "b": 7, math.NaN(): 8, true: 9}
	fmt.Println(len(fmt.Sprint(m)))
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 2}: "y"}, map[*int]int{nil: 1})
	fmt.Println(map[float64]int{math.Inf(1): 1, math.NaN(): 2, -1: 3, math.Inf(-1): 4})
	var nf func()
	var nc chan int
	var nm map[int]int
	var ns []int
	var ni any
	var np *int
	fmt.Println(nf == nil, nc, nm, ns, ni, np)
	fmt.Printf("%v %d %s %x %X % x %q\n", nc, nm, ns, "hi", []byte("hi"), "hi", 'x')
	fmt.Printf("%d %s\n", "str", 42)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, math.Pi)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%v %v\n", G{1}, &G{1})
	fmt.Printf("%s %v %d\n", St(5), []St{1, 2}, St(7))
	fmt.Printf("%t %v %08.3f %+.2e %x %o %b\n", true, 1e21, -3.14159, 12345.678, 3.5, 8, 5)
	fmt.Printf("%c %U %#U %q %+q\n", 0x1F600, 0x1F600, 'A', "é\x01", "é")
	fmt.Printf("%6.2s|%-6s|%06d|%+06d|%x\n", "hello", "ab", -42, 42, -1)
	fmt.Printf("%v %.3v %10.4v|\n", 1.0/3, 1.0/3, "abcdefgh")
	fmt.Printf("%#v %#v %#v %#v\n", []int(nil), map[string]int{}, struct{ A, b int }{1, 2}, St(1))
	fmt.Printf("%T %T %T\n", nil, errors.New("x"), fmt.Errorf("w %w", errors.New("x")))
	fmt.Printf("%p\n", nil)
	fmt.Printf("%v %s\n", []byte(nil), []string{"a", "b"})
	fmt.Printf("%x %X\n", []string{"ab", "c"}, [2]byte{1, 255})
	fmt.Printf("%e %g %G %.0f %.1f\n", 0.0, 1e-7, 1e100, 2.5, 0.05)
	fmt.Printf("%v %v %v\n", float32(1.0)/3, complex(float32(1), 2), 1e6)
	fmt.Printf("%5t|%-5t|%q\n", true, false, []string{"x\ty"})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, nil))
	fmt.Println(fmt.Sprintln("a", 1), fmt.Sprint(), fmt.Sprint(nil))
	var e error
	fmt.Printf("%v %s %d\n", e, e, e)
	type inner struct{ A *int }
	fmt.Printf("%+v\n", inner{})
	fmt.Printf("%08.3s|%-08d|% d|% x\n", "abcdef", 12, 5, "abc")
	fmt.Printf("%#o %#x %#b %#q\n", 8, 255, 5, "back`tick")
	fmt.Printf("%.2f%%\n", 99.5)
}
