package runner_test

// The evaluation-order sweep: gc's order pass (cmd/compile/internal/walk/
// order.go) evaluates the calls, receives, && and ||, and the builtins it
// copies into temporaries (len, cap, append, copy, min, max, slicing,
// []byte(s), non-pointer type assertions, map literals with computed
// entries) before the rest of a statement, left to right; plain variable
// reads, field and index reads, dereferences, map reads and arithmetic
// happen afterwards. The spec leaves this open, users compare with gc, so
// Interleave does as gc does (runner/order.go). Every case is one statement
// shape in which a call (or receive) changes what a neighbouring operand
// reads; all cases run in one program built once by the real toolchain and
// are compared section by section, stdout and stderr.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"interleave/runner"
)

// evalOrderCases: name, then the body of a function that prints its result.
var evalOrderCases = [][2]string{
	{"args_local", `x := 1; f := func() int { x = 2; return 0 }; fmt.Println(x, f(), x)`},
	{"args_global", `gx = 1; f := func() int { gx = 2; return 0 }; fmt.Println(gx, f(), gx)`},
	{"args_two_calls", `x := 1; f := func() int { x = 2; return 0 }; g := func() int { x = 3; return 0 }; fmt.Println(x, f(), x, g(), x)`},
	{"binary_left", `x := 1; f := func() int { x = 10; return 1 }; fmt.Println(x + f())`},
	{"binary_right", `x := 1; f := func() int { x = 10; return 1 }; fmt.Println(f() + x)`},
	{"binary_assign", `x := 1; f := func() int { x = 10; return 1 }; y := x*100 + f(); fmt.Println(y)`},
	{"nested_call", `x := 1; f := func() int { x = 2; return 0 }; g := func(a, b int) int { return a*10 + b }; fmt.Println(g(x, f()), x)`},
	{"nested_deep", `x := 1; f := func() int { x = 2; return 5 }; g := func(a, b int) int { return a*10 + b }; fmt.Println(g(x, g(x, f())))`},
	{"struct_lit", `type P struct{ A, B int }; x := 1; f := func() int { x = 2; return 0 }; fmt.Println(P{x, f()}, P{B: f(), A: x})`},
	{"array_lit", `x := 1; f := func() int { x = 2; return 0 }; fmt.Println([2]int{x, f()})`},
	{"slice_lit", `x := 1; f := func() int { x = 2; return 0 }; fmt.Println([]int{x, f(), x})`},
	{"map_lit_value", `x := 1; f := func() int { x = 2; return 0 }; m := map[string]int{"a": x, "b": f()}; fmt.Println(m["a"], m["b"])`},
	{"map_lit_in_call", `x := 1; f := func() int { x = 2; return 0 }; fmt.Println(x, map[string]int{"a": f()})`},
	{"ptr_lit", `type P struct{ A, B int }; x := 1; f := func() int { x = 2; return 0 }; p := &P{x, f()}; fmt.Println(*p)`},
	{"multi_assign_define", `x := 1; f := func() int { x = 2; return 0 }; a, b := x, f(); fmt.Println(a, b)`},
	{"multi_assign", `x := 1; f := func() int { x = 2; return 0 }; var a, b int; a, b = x, f(); fmt.Println(a, b)`},
	{"multi_assign_index", `s := []int{0, 0, 0}; i := 0; f := func() int { i = 2; return 7 }; s[i], s[1] = f(), 5; fmt.Println(s)`},
	{"swap", `x, y := 1, 2; p := func() { fmt.Println(x, y) }; x, y = y, x; p()`},
	{"return_list", `x := 1; f := func() int { x = 2; return 0 }; h := func() (int, int) { return x, f() }; fmt.Println(h())`},
	{"return_list_global", `gx = 1; h := func() (int, int, int) { return gx, setg(5), gx }; fmt.Println(h())`},
	{"index_i", `s := []int{10, 20, 30}; i := 0; f := func() int { i = 2; return 0 }; fmt.Println(s[i], f())`},
	{"index_slice", `s := []int{10, 20, 30}; f := func() int { s = []int{99}; return 0 }; fmt.Println(s[0], f())`},
	{"index_oob_after", `s := []int{1, 2, 3}; f := func() int { s = nil; fmt.Println("f ran"); return 0 }; fmt.Println(s[2], f())`},
	{"index_oob_before", `s := []int{1}; f := func() int { s = []int{1, 2, 3, 4, 5, 6}; return 0 }; fmt.Println(s[5], f())`},
	{"index_array", `a := [3]int{1, 2, 3}; f := func() int { a[0] = 9; return 0 }; fmt.Println(a[0], f())`},
	{"index_len", `s := []int{1, 2, 3}; f := func() int { s = s[:1]; return 0 }; fmt.Println(s[len(s)-1], f())`},
	{"index_string", `str := "abc"; f := func() int { str = "xyz"; return 0 }; fmt.Println(str[0], f())`},
	{"map_index", `m := map[string]int{"a": 1}; f := func() int { m["a"] = 2; return 0 }; fmt.Println(m["a"], f())`},
	{"map_index_key", `m := map[string]int{"a": 1, "b": 2}; k := "a"; f := func() int { k = "b"; return 0 }; fmt.Println(m[k], f())`},
	{"map_commaok", `m := map[string]int{"a": 1}; f := func() int { m["a"] = 2; return 0 }; v, ok := m["a"]; fmt.Println(v, ok, f())`},
	{"field_ptr", `type P struct{ A, B int }; p := &P{1, 2}; f := func() int { p = &P{5, 6}; return 0 }; fmt.Println(p.A, f())`},
	{"field_ptr_write", `type P struct{ A, B int }; p := &P{1, 2}; f := func() int { p.A = 9; return 0 }; fmt.Println(p.A, f())`},
	{"field_ptr_nil", `type P struct{ A, B int }; p := &P{1, 2}; f := func() int { p = nil; fmt.Println("f ran"); return 0 }; fmt.Println(p.A, f())`},
	{"field_value", `type P struct{ A, B int }; v := P{1, 2}; f := func() int { v.A = 7; return 0 }; fmt.Println(v.A, f(), v)`},
	{"deref", `a, b := 1, 2; p := &a; f := func() int { p = &b; return 0 }; fmt.Println(*p, f())`},
	{"deref_write", `a := 1; p := &a; f := func() int { *p = 3; return 0 }; fmt.Println(*p, f())`},
	{"recv_goroutine", `x := 1; ch := make(chan int); go func() { x = 2; ch <- 5 }(); fmt.Println(x, <-ch)`},
	{"recv_len", `ch := make(chan int, 3); ch <- 1; ch <- 2; fmt.Println(len(ch), <-ch, len(ch))`},
	{"recv_and_call", `x := 1; ch := make(chan int, 1); ch <- 4; f := func() int { x = 2; return 0 }; fmt.Println(x, <-ch, f(), x)`},
	{"method_value", `x := T{1}; f := func() int { x = T{2}; return 0 }; apply := func(fn func() int, _ int) int { return fn() }; fmt.Println(apply(x.Get, f()))`},
	{"method_value_ptr", `p := &T{1}; f := func() int { p = &T{2}; return 0 }; apply := func(fn func() int, _ int) int { return fn() }; fmt.Println(apply(p.Get, f()))`},
	{"method_call_value", `t := T{1}; f := func() int { t = T{2}; return 10 }; fmt.Println(t.Add(f()))`},
	{"method_call_ptr", `p := &T{1}; f := func() int { p = &T{2}; return 10 }; fmt.Println(p.PAdd(f()))`},
	{"method_call_ptr_field", `p := &T{1}; f := func() int { p.N = 3; return 10 }; fmt.Println(p.Add(f()))`},
	{"method_call_iface_local", `var i Adder = T{1}; f := func() int { i = T{2}; return 10 }; fmt.Println(i.Add(f()))`},
	{"method_call_iface", `gi = T{1}; fmt.Println(gi.Add(setgi()))`},
	{"method_call_nil", `p := &T{1}; f := func() int { p = nil; fmt.Println("f ran"); return 10 }; fmt.Println(p.Add(f()))`},
	{"func_value", `fv := func(a int) int { return a + 1 }; f := func() int { fv = func(a int) int { return a + 100 }; return 0 }; fmt.Println(fv(f()))`},
	{"append_args", `x := 1; f := func() int { x = 2; return 0 }; s := []int{}; s = append(s, x, f(), x); fmt.Println(s)`},
	{"append_slice", `s := []int{1}; f := func() int { s = []int{7, 8}; return 0 }; fmt.Println(append(s, f()))`},
	{"append_in_call", `x := 1; s := []int{0}; f := func() int { x = 2; return 0 }; fmt.Println(x, append(s, f()))`},
	{"copy_early", `d := []int{0, 0}; s := []int{5, 6}; fmt.Println(d[0], copy(d, s), d[0])`},
	{"copy_call", `d := []int{0, 0}; s := []int{5, 6}; f := func() int { s = []int{7, 8}; return 0 }; fmt.Println(copy(d, s), f(), d)`},
	{"len_early", `s := []int{1}; f := func() int { s = append(s, 2, 3); return 0 }; fmt.Println(len(s), f(), len(s))`},
	{"cap_early", `s := make([]int, 1, 1); f := func() int { s = make([]int, 5, 9); return 0 }; fmt.Println(cap(s), s, f())`},
	{"slice_expr", `s := []int{1, 2, 3}; f := func() int { s = []int{7, 8, 9}; return 0 }; fmt.Println(s[1:], f(), s[1])`},
	{"min_max", `x := 1; f := func() int { x = 5; return 3 }; fmt.Println(min(x, 2), f(), max(x, 2))`},
	{"bytes_conv", `str := "ab"; f := func() int { str = "cd"; return 0 }; fmt.Println([]byte(str), f(), string([]byte(str)))`},
	{"string_conv", `b := []byte("ab"); f := func() int { b = []byte("cd"); return 0 }; fmt.Println(string(b), f())`},
	{"runes_conv", `str := "ab"; f := func() int { str = "cd"; return 0 }; fmt.Println([]rune(str), f(), string([]rune{rune(str[0])}))`},
	{"concat", `str := "a"; f := func() string { str = "b"; return "!" }; fmt.Println(str + f())`},
	{"compare", `x := 1; f := func() int { x = 2; return 2 }; fmt.Println(x == f())`},
	{"andand", `x := 1; f := func() bool { x = -1; return true }; fmt.Println(x, x > 0 && f(), x)`},
	{"oror", `x := 1; f := func() bool { x = -1; return true }; fmt.Println(x, x < 0 || f(), x)`},
	{"andand_inner", `x := 1; f := func() int { x = 2; return 0 }; g := func(a, b int) bool { fmt.Println("g", a, b); return true }; fmt.Println(true && g(x, f()))`},
	{"typeassert_int", `var i any = 1; f := func() int { i = 2; return 0 }; fmt.Println(i.(int), f())`},
	{"typeassert_ptr", `a, b := 1, 2; var i any = &a; f := func() int { i = &b; return 0 }; fmt.Println(*i.(*int), f())`},
	{"typeassert_commaok", `var i any = 1; f := func() int { i = 2; return 0 }; v, ok := i.(int); fmt.Println(v, ok, f())`},
	{"div_zero", `a, b := 6, 0; f := func() int { b = 3; return 0 }; fmt.Println(a/b, f())`},
	{"op_assign", `x := 1; f := func() int { x = 10; return 1 }; x += f(); fmt.Println(x)`},
	{"op_assign_global", `gx = 1; gx += setg(10); fmt.Println(gx)`},
	{"op_assign_index", `s := []int{1, 2, 3}; i := 0; f := func() int { i = 2; return 10 }; s[i] += f(); fmt.Println(s)`},
	{"op_assign_deref", `a, b := 1, 2; p := &a; f := func() int { p = &b; return 10 }; *p += f(); fmt.Println(a, b)`},
	{"op_assign_map", `m := map[string]int{"a": 1, "b": 2}; k := "a"; f := func() int { k = "b"; return 10 }; m[k] += f(); fmt.Println(m)`},
	{"map_assign_key", `m := map[string]int{}; k := "a"; f := func() int { k = "b"; return 1 }; m[k] = f(); fmt.Println(m)`},
	{"map_assign_nil_panic", `var m map[string]int; f := func() int { panic("f first") }; m["a"] = f()`},
	{"map_append_panic", `var m map[string][]int; f := func() int { panic("f first") }; m["a"] = append(m["a"], f())`},
	{"map_append_key", `m := map[string][]int{"a": {1}, "b": {2}}; k := "a"; f := func() int { k = "b"; return 9 }; m[k] = append(m[k], f()); fmt.Println(m)`},
	{"map_append_nil_order", `var m map[string][]int; f := func() int { fmt.Println("f ran"); return 9 }; m["a"] = append(m["a"], f())`},
	{"index_assign_rhs", `s := []int{0, 0, 0}; i := 0; f := func() int { i = 2; return 7 }; s[i] = f(); fmt.Println(s)`},
	{"index_assign_oob", `s := []int{0}; f := func() int { s = []int{0, 0, 0}; return 7 }; s[2] = f(); fmt.Println(s)`},
	{"field_assign", `type P struct{ A, B int }; p := &P{}; q := &P{}; f := func() int { p = q; return 7 }; p.A = f(); fmt.Println(*p, *q)`},
	{"deref_assign", `a, b := 0, 0; p := &a; f := func() int { p = &b; return 7 }; *p = f(); fmt.Println(a, b)`},
	{"assign_self", `x := 1; f := func() int { x = 10; return 1 }; x = x + f(); fmt.Println(x)`},
	{"defer_args", `x := 1; f := func() int { x = 2; return 0 }; func() { defer fmt.Println("deferred", x, f()); x = 3 }()`},
	{"go_args", `x := 1; f := func() int { x = 2; return 0 }; done := make(chan bool); go func(a, b int) { fmt.Println("go", a, b); done <- true }(x, f()); <-done`},
	{"if_cond", `x := 1; f := func() int { x = 2; return 2 }; if x == f() { fmt.Println("equal") } else { fmt.Println("differ") }`},
	{"for_cond", `x := 0; n := 0; f := func() int { x++; return 3 }; for x < f() { n++ }; fmt.Println(n, x)`},
	{"switch_tag", `x := 1; f := func() int { x = 10; return 1 }; switch x + f() { case 2: fmt.Println("two"); case 11: fmt.Println("eleven") }`},
	{"send_value", `x := 1; ch := make(chan int, 1); f := func() int { x = 2; return 0 }; ch <- x + f(); fmt.Println(<-ch)`},
	{"send_chan", `c1, c2 := make(chan int, 1), make(chan int, 1); ch := c1; f := func() int { ch = c2; return 5 }; ch <- f(); fmt.Println(len(c1), len(c2))`},
	{"return_named", `r := func() (x int) { f := func() int { x = 2; return 0 }; return x + f() }(); fmt.Println(r)`},
	{"print_builtin", `x := 1; f := func() int { x = 2; return 0 }; println(x, f(), x)`},
	{"closure_call", `x := 1; f := func() int { x = 2; return 0 }; fmt.Println(func() int { return x }(), f(), x)`},
	{"range_expr", `x := 1; f := func() int { x = 2; return 0 }; for _, v := range []int{x, f(), x} { fmt.Print(v, " ") }; fmt.Println()`},
	{"incdec_index", `s := []int{1, 2, 3}; i := 0; f := func() int { i = 2; return 0 }; s[i+f()]++; fmt.Println(s)`},
	{"index_call_index", `s := []int{1, 2, 3}; f := func() int { s = []int{7, 8, 9}; return 1 }; fmt.Println(s[f()])`},
	{"struct_field_call", `type P struct{ A, B int }; v := P{1, 2}; f := func() P { v.A = 9; return P{3, 4} }; fmt.Println(v.A, f().B, v.A)`},
	{"iface_bool", `x := 1; f := func() int { x = 2; return 0 }; fmt.Println(x > 1, f(), x > 1)`},
	{"iface_int8", `g8 = 1; f := func() int { g8 = 2; return 0 }; fmt.Println(g8, f(), g8+1)`},
	{"iface_int8_local", `var b int8 = 1; f := func() int { b = 2; return 0 }; fmt.Println(b, f(), b+1)`},
	{"iface_map_bool", `m := map[string]bool{"a": false}; f := func() int { m["a"] = true; return 0 }; fmt.Println(m["a"], f())`},
	{"iface_map_struct", `type P struct{ A, B int }; m := map[string]P{"a": {1, 2}}; f := func() int { m["a"] = P{3, 4}; return 0 }; fmt.Println(m["a"], f())`},
	{"iface_struct_var", `gp = GP{1, 2}; f := func() int { gp = GP{3, 4}; return 0 }; fmt.Println(gp, f(), gp.A)`},
	{"iface_struct_local", `type P struct{ A, B int }; v := P{1, 2}; f := func() int { v = P{3, 4}; return 0 }; fmt.Println(v, f())`},
	{"iface_explicit", `x := 1; f := func() int { x = 2; return 0 }; fmt.Println(any(x > 1), f(), any(x+1))`},
	{"iface_lit", `x := 1; f := func() int { x = 2; return 0 }; fmt.Println([]any{x > 1, x, f()})`},
	{"iface_float32", `var v float32 = 1; f := func() int { v = 2; return 0 }; fmt.Println(v*2, f())`},
	{"iface_array", `a := [2]int{1, 2}; f := func() int { a = [2]int{3, 4}; return 0 }; g := func() [2]int { return a }; fmt.Println(a, g(), f())`},
}

// evalOrderGaps are cases whose gc order depends on gc's optimisations,
// which Interleave does not reproduce; each is a variable changed only by a
// small closure that gc inlines. Their global-variable twins above pass.
var evalOrderGaps = map[string]string{
	"method_call_iface_local": "gc 1.26 devirtualizes i.Add when every assignment to the local interface stores the same concrete type (devirtualize.concreteType), turning the receiver into a type assertion that order.go copies ahead of the arguments",
	"iface_int8_local":        "once gc inlines the only closure that captures b, b is an ordinary stack variable, and order.go's addrTemp copies such a variable ahead when converting it to an interface; while captured by reference it is read in place",
	"iface_struct_local":      "as iface_int8_local: inlining the capturing closure makes v a plain stack variable that addrTemp copies ahead",
}

// evalOrderProgram bundles every case into one main; each case's output is
// preceded by a marker line on both streams, and a panic is recovered and
// printed so that the next case still runs.
func evalOrderProgram() string {
	var b strings.Builder
	b.WriteString(`package main

import "fmt"

var gx int

func setg(v int) int { gx = v; return 0 }

type T struct{ N int }

func (t T) Get() int       { return t.N }
func (t T) Add(a int) int  { return t.N + a }
func (t *T) PAdd(a int) int { return t.N*1000 + a }

type Adder interface{ Add(int) int }

var (
	g8 int8
	gp GP
	gi Adder
)

type GP struct{ A, B int }

func setgi() int { gi = T{2}; return 10 }

func run(name string, f func()) {
	fmt.Println("== " + name)
	println("== " + name)
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	f()
}

`)
	for _, c := range evalOrderCases {
		fmt.Fprintf(&b, "func case_%s() { %s }\n\n", c[0], c[1])
	}
	b.WriteString("func main() {\n")
	for _, c := range evalOrderCases {
		fmt.Fprintf(&b, "\trun(%q, case_%s)\n", c[0], c[0])
	}
	b.WriteString("}\n")
	return b.String()
}

// sections splits output at the "== name" markers.
func sections(out string) map[string]string {
	m := map[string]string{}
	name := ""
	for _, line := range strings.SplitAfter(out, "\n") {
		if n, ok := strings.CutPrefix(line, "== "); ok {
			name = strings.TrimSuffix(n, "\n")
			continue
		}
		m[name] += line
	}
	return m
}

func TestSweepEvalOrder(t *testing.T) {
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no Go toolchain under GOOS=" + runtime.GOOS)
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go toolchain not on PATH; the sweep needs it")
	}
	src := evalOrderProgram()
	f := filepath.Join(t.TempDir(), "evalorder.go")
	if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	want := buildAndRunAll(t, goBin, []string{f})["evalorder"]
	if want.buildErr != "" || want.runErr != "" {
		t.Fatalf("the real toolchain cannot build or run the generated program: %s%s\n%s", want.buildErr, want.runErr, src)
	}
	prog, err := runner.Compile(src)
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	got := prog.Run(runner.Options{Seed: 1})
	if got.ExitCode != want.exitCode {
		t.Errorf("exit code: got %d, real Go %d (%s)", got.ExitCode, want.exitCode, got.Outcome.Message)
	}
	wantOut, gotOut := sections(want.stdout), sections(got.Stdout)
	wantErr, gotErr := sections(want.stderr), sections(got.Stderr)
	for _, c := range evalOrderCases {
		name := c[0]
		t.Run(name, func(t *testing.T) {
			if why, ok := evalOrderGaps[name]; ok {
				t.Skip("known difference: " + why)
			}
			if gotOut[name] != wantOut[name] || gotErr[name] != wantErr[name] {
				t.Errorf("%s\n got: %q %q\nreal: %q %q", c[1], gotOut[name], gotErr[name], wantOut[name], wantErr[name])
			}
		})
	}
}
