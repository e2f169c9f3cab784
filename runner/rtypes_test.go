package runner

import "testing"

// TestRuntimeTypesThroughAlias: a type first met through an alias (a
// struct field of type Alias = T) still has its pointer's methods
// compiled, as when it is met by its own name: real Go prints 1. Before,
// seeing the alias marked T as seen and skipped what derives from it
// (*T), so reflect could not call (*T).Get; and which name of a type a
// program met first decided what it reached, so a program's functions
// (and its library site IDs) depended on the order of its types.
func TestRuntimeTypesThroughAlias(t *testing.T) {
	const src = `package main

import (
	"fmt"
	"reflect"
)

type T struct{ n int }

func (t *T) Get() int { return t.n + 1 }

type Alias = T

type Holder struct{ A Alias }

func main() {
	var h any = Holder{}
	v := reflect.New(reflect.TypeOf(h).Field(0).Type)
	fmt.Println(v.MethodByName("Get").Call(nil)[0])
}
`
	r := compileT(t, src).Run(Options{})
	if r.Stdout != "1\n" || r.ExitCode != 0 {
		t.Errorf("printed %q, exit %d, stderr %q; real Go prints 1", r.Stdout, r.ExitCode, firstLine(r.Stderr))
	}
}
