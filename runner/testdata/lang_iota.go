// iota patterns: skips, expressions, bit flags, typed constants with String.
package main

import "fmt"

type Size int64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	s := ""
	for i, c := range "rwx" {
		if p&(1<<i) != 0 {
			s += string(c)
		} else {
			s += "-"
		}
	}
	return s
}

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	_
	Fatal
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

var names = [...]string{"Sun", "Mon", "Tue"}

func (d Weekday) String() string { return names[d] }

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Printf("%T %d\n", TB, TB/GB)
	fmt.Println(Read, Write, Exec, Read|Exec, Read|Write|Exec, Perm(0))
	fmt.Printf("%d %d %d %v\n", Read, Write, Exec, []Perm{Write, Exec | Read})
	fmt.Println(Debug, Info, Warn, Fatal)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(Sunday, Monday, Tuesday, Tuesday-Monday)
	fmt.Printf("%v %d %s|%5s|\n", Monday, Monday, Tuesday, Sunday)
}
