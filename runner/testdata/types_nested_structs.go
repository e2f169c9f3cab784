// Struct types nested twelve deep, two fields of the level below each: copies,
// comparison and sizes without work exponential in the nesting.
package main

import "fmt"

type T0 struct{ x int }
type T1 struct{ a, b T0 }
type T2 struct{ a, b T1 }
type T3 struct{ a, b T2 }
type T4 struct{ a, b T3 }
type T5 struct{ a, b T4 }
type T6 struct{ a, b T5 }
type T7 struct{ a, b T6 }
type T8 struct{ a, b T7 }
type T9 struct{ a, b T8 }
type T10 struct{ a, b T9 }
type T11 struct{ a, b T10 }
type T12 struct{ a, b T11 }

func main() {
	var t T12
	t.a.b.a.b.a.b.a.b.a.b.a.b.x = 3
	u := t
	u.a.b.a.b.a.b.a.b.a.b.a.b.x = 4
	p := &u
	q := *p
	fmt.Println(t.a.b.a.b.a.b.a.b.a.b.a.b.x, u.a.b.a.b.a.b.a.b.a.b.a.b.x, q.a.b.a.b.a.b.a.b.a.b.a.b.x, t == u)
}
