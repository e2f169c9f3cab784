// How fmt uses String() and Error() methods, including pointer receivers.
package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type PtrStr struct{ v int }

func (p *PtrStr) String() string { return fmt.Sprintf("PtrStr<%d>", p.v) }

type Both struct{}

func (Both) String() string { return "as string" }
func (Both) Error() string  { return "as error" }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Wrapper struct {
	C    Color
	Name string
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x %+v %#v\n", Green, Green, Green, Green, Green, Green, Green)
	fmt.Println([]Color{Red, Blue}, map[Color]int{Blue: 2, Red: 0})
	fmt.Println(Wrapper{Blue, "w"})
	fmt.Printf("%+v\n", Wrapper{Green, "w"})
	p := PtrStr{3}
	fmt.Println(p, &p)
	fmt.Printf("%v %v %s\n", p, &p, &p)
	fmt.Println(Both{})
	var err error = NotFound{"k1"}
	fmt.Println(err)
	fmt.Printf("%v | %s | %q | %+v | %#v\n", err, err, err, err, err)
	wrapped := fmt.Errorf("lookup failed: %w", err)
	fmt.Println(wrapped)
	var nf NotFound
	fmt.Println(errors.As(wrapped, &nf), nf.Key)
	s := fmt.Sprint(Red, " ", Blue)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%10v|%-8v|", Red, Blue))
	var st fmt.Stringer = Blue
	fmt.Println(st.String(), st)
	errs := []error{NotFound{"a"}, errors.New("plain"), nil}
	fmt.Println(errs)
	fmt.Printf("%v\n", errs)
}
