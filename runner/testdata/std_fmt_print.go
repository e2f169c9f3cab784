// Print, Println, Sprint, Sprintln, Fprint*, Errorf with %w and spacing rules.
package main

import (
	"errors"
	"fmt"
	"os"
)

type P struct{ X, Y int }

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "\n")
	fmt.Print(P{1, 2}, P{3, 4}, "\n")
	fmt.Println("a", "b", 1, 2, nil, []int{}, P{})
	fmt.Println()
	s := fmt.Sprint("left", 10, 20, "right")
	fmt.Println(s, len(s))
	ln := fmt.Sprintln("line", 1, 2.0)
	fmt.Printf("%q\n", ln)
	n, err := fmt.Println("counted bytes")
	fmt.Println(n, err)
	n, err = fmt.Printf("%5s|\n", "ab")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "to stdout via Fprintln", 1)
	fmt.Fprint(os.Stdout, "Fprint", 2, 3, "\n")
	fmt.Fprintf(os.Stdout, "Fprintf %03d\n", 7)
	fmt.Fprintln(os.Stderr, "this line goes to stderr")
	fmt.Fprintf(os.Stderr, "stderr %d\n", 2)
	base := errors.New("disk full")
	e1 := fmt.Errorf("write failed: %w", base)
	e2 := fmt.Errorf("save %q: %w", "file.txt", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, base), errors.Unwrap(e2) == e1, errors.Unwrap(base) == nil)
	e3 := fmt.Errorf("two causes: %w and %w", base, os.ErrNotExist)
	fmt.Println(e3, errors.Is(e3, os.ErrNotExist), errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("no wrap: %v", base)
	fmt.Println(e4, errors.Is(e4, base))
	fmt.Printf("%T %T %T %T\n", base, e1, e3, e4)
	e5 := fmt.Errorf("plain")
	fmt.Printf("%v %T\n", e5, e5)
	var sb []byte
	sb = fmt.Appendf(sb, "x=%d;", 1)
	sb = fmt.Append(sb, "y", 2)
	sb = fmt.Appendln(sb, "z")
	fmt.Printf("%q\n", sb)
	var pp *P
	fmt.Println(pp, &P{5, 6})
	fmt.Print(nil, nil, "\n")
	fmt.Print("end", "\n")
}
