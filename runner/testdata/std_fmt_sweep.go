// Every basic kind, alone, named without methods, in structs, arrays,
// slices and interfaces, under every verb and a set of flags, widths and
// precisions: the operands Interleave formats on the host fast path and
// those it leaves to Go's fmt must both print as real Go prints them.
package main

import (
	"fmt"
	"math"
)

type (
	MyInt    int
	MyUint8  uint8
	MyFloat  float32
	MyString string
	MyBool   bool
	Pair     struct {
		A int
		B string
	}
	Mixed struct {
		I   int8
		U   uint16
		P   uintptr
		F   float64
		F32 float32
		C   complex64
		S   string
		B   bool
		N   MyInt
		X   any
		Y   any
		Arr [2]int32
		Sl  []uint
		In  Pair
		in  Pair
		Bs  []byte
		Bl  []bool
	}
	Rec struct {
		V    int
		Next []Rec
	}
)

func main() {
	values := []any{
		true, false, 0, -7, int8(-128), int16(300), int32(-70000), int64(math.MinInt64),
		uint(7), uint8(255), uint16(65535), uint32(1 << 31), uint64(math.MaxUint64), uintptr(0xdead),
		0.0, -2.5, 1e21, 1e-7, float32(0.1), math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1),
		complex(1, -2), complex64(complex(0.5, 3)),
		"", "héllo", "tab\tq\"uote", "\xff\x00",
		'x', MyInt(42), MyUint8(9), MyFloat(1.25), MyString("named"), MyBool(true),
		Pair{1, "one"}, &Pair{2, "two"}, []Pair{{3, "x"}}, [2]bool{true}, []int(nil), []int{}, []any{1, "a", nil, 2.5, Pair{}},
		Mixed{I: -1, U: 2, P: 3, F: 4.5, F32: 0.1, C: 1i, S: "s", B: true, N: 5, X: 6, Arr: [2]int32{7, 8}, Sl: []uint{9}, In: Pair{10, "in"}, in: Pair{11, "hid"}, Bs: []byte("hi"), Bl: []bool{true}},
		Rec{1, []Rec{{2, nil}, {3, []Rec{{4, nil}}}}},
		[]string{"a", "b c"}, [3]float64{1, 2.5, -0}, map[string]int{"b": 2, "a": 1}, struct{}{}, []struct{ X any }{{nil}, {1}},
		nil,
	}
	verbs := []string{"v", "+v", "#v", "T", "d", "s", "q", "x", "X", "o", "O", "b", "c", "U", "e", "E", "f", "F", "g", "G", "t", "p", "w"}
	flags := []string{"", "5", "-8", "08", ".2", "+.3", "#", " ", "-#10.4", "0+7"}
	for _, v := range values {
		fmt.Println("==", fmt.Sprintf("%T", v))
		for _, verb := range verbs {
			line := verb + ":"
			for _, fl := range flags {
				if verb == "p" {
					continue // addresses differ from run to run
				}
				if _, isPtr := v.(*Pair); isPtr && (verb == "x" || verb == "X" || verb == "d" || verb == "o" || verb == "O" || verb == "b" || verb == "T" && fl != "") {
					continue
				}
				line += " [" + fmt.Sprintf("%"+fl+verb, v) + "]"
			}
			fmt.Println(line)
		}
		fmt.Print(v, v, "|", v, 1, "\n")
		fmt.Println(v, v)
		fmt.Println(fmt.Sprint("a", v, 1, v, "b"), fmt.Sprintln(v, "z"))
	}
	fmt.Printf("%d %s %v %x\n", 1, "a", 2.5, "hi")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%[2]d %[1]d %[3]v %[9]d %*d|%-*d|%.*f\n", 1, 2, 3, 5, 42, 4, 7, 2, 3.14159)
	fmt.Printf("%!%z %", 1)
	fmt.Println()
	fmt.Printf("%v %T %v %T\n", MyInt(3), MyInt(3), nil, nil)
	fmt.Println(fmt.Errorf("wrap %d: %w", 5, fmt.Errorf("inner")), fmt.Errorf("no %w", 5))
	b := fmt.Append(nil, 1, "x", 2)
	b = fmt.Appendf(b, "|%05.1f|", 2.25)
	b = fmt.Appendln(b, Pair{1, "p"})
	fmt.Print(string(b))
}
