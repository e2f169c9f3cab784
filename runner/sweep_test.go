package runner_test

// Sweeps: generated programs that cover a whole class of behaviour (every
// panic-in-defer shape, every map key kind, every slice element kind), each
// built and run with the real toolchain and compared with Interleave exactly
// as the oracle test compares testdata/. Generated programs bundle many
// cases into one main so that building them stays cheap.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
)

// sweepWithReal builds and runs every program with the real toolchain and
// compares each with Interleave's run, one subtest per program.
func sweepWithReal(t *testing.T, progs map[string]string) {
	t.Helper()
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no Go toolchain under GOOS=" + runtime.GOOS)
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go toolchain not on PATH; the sweep needs it")
	}
	dir := t.TempDir()
	var names, files []string
	for name := range progs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		f := filepath.Join(dir, name+".go")
		if err := os.WriteFile(f, []byte(progs[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	real := buildAndRunAll(t, goBin, files)
	for _, name := range names {
		want := real[name]
		t.Run(name, func(t *testing.T) {
			if want.buildErr != "" {
				t.Fatalf("the real toolchain cannot build the generated program:\n%s\n%s", want.buildErr, progs[name])
			}
			if want.runErr != "" {
				t.Fatalf("the real binary did not run cleanly: %s", want.runErr)
			}
			compareWithReal(t, progs[name], want, true)
		})
	}
}

// Panic-in-defer shapes: a function with an outer deferred call, a middle
// deferred call and a body, each drawn from a list; every combination runs
// under a harness that reports what escaped.
var (
	panicOuter = []string{
		`fmt.Println("outer", show(recover()))`,
		`r := recover(); fmt.Println("outer", show(r)); if r != nil { panic(r) }`,
		`fmt.Println("outer", show(recover())); panic("outer-new")`,
		`fmt.Println("outer ran")`,
		`defer func() { fmt.Println("outer-inner", show(recover())) }(); fmt.Println("outer", show(recover()))`,
	}
	panicMiddle = []string{
		`fmt.Println("middle")`,
		`panic("second")`,
		`defer func() { fmt.Println("inner", show(recover())) }(); panic("second")`,
		`defer func() { r := recover(); fmt.Println("inner", show(r)); panic(r) }(); panic("second")`,
		`fmt.Println("middle", show(recover())); panic("second")`,
		`func() { defer func() { fmt.Println("deep", show(recover())) }(); panic("third") }(); fmt.Println("middle after")`,
		`fmt.Println("middle", show(recover()))`,
		`defer func() { fmt.Println("inner", show(recover())) }(); var mm map[int]int; mm[0] = 1`,
		`defer func() { fmt.Println("inner", show(recover())) }(); panic(nil)`,
	}
	panicBody = []string{
		`panic("first")`,
		`panic(nil)`,
		`var p *int; fmt.Println(*p)`,
		`panic(errors.New("first-err"))`,
		``,
		`panic(fmt.Sprint("first", 1))`,
	}
)

func panicShape(o, m, b int) string {
	return fmt.Sprintf(`func shape_%d_%d_%d() (res string) {
	defer func() { %s }()
	defer func() { %s }()
	%s
	return "normal"
}
`, o, m, b, panicOuter[o], panicMiddle[m], panicBody[b])
}

const panicPrelude = `package main

import (
	"errors"
	"fmt"
)

var _ = errors.New

func show(r any) string { return fmt.Sprintf("%T:%v", r, r) }

`

func TestSweepPanicShapes(t *testing.T) {
	progs := map[string]string{}
	// All shapes in one program, each under a harness that recovers.
	var b strings.Builder
	b.WriteString(panicPrelude)
	b.WriteString(`func run(name string, f func() string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "escaped", show(r))
		}
	}()
	fmt.Println(name, "returned", f())
}

`)
	var calls strings.Builder
	for o := range panicOuter {
		for m := range panicMiddle {
			for bd := range panicBody {
				b.WriteString(panicShape(o, m, bd))
				fmt.Fprintf(&calls, "\trun(\"%d_%d_%d\", shape_%d_%d_%d)\n", o, m, bd, o, m, bd)
			}
		}
	}
	b.WriteString("func main() {\n" + calls.String() + "}\n")
	progs["panic_shapes_all"] = b.String()
	// Shapes whose panics escape: the crash report prints the chain.
	for _, o := range []int{1, 2, 3} {
		for _, m := range []int{1, 2, 3, 4, 8} {
			for _, bd := range []int{0, 1, 3} {
				progs[fmt.Sprintf("panic_shape_crash_%d_%d_%d", o, m, bd)] = panicPrelude + panicShape(o, m, bd) +
					fmt.Sprintf("func main() { fmt.Println(shape_%d_%d_%d()) }\n", o, m, bd)
			}
		}
	}
	sweepWithReal(t, progs)
}

// Map keys: every key kind through insert, overwrite, lookup, comma-ok,
// delete and printing; then every unhashable dynamic type, bare and nested
// in arrays and structs, through every operation on nil, empty and
// non-empty maps with interface keys.
func TestSweepMapKeys(t *testing.T) {
	type kind struct{ typ, a, b string } // key type and two distinct keys
	kinds := []kind{
		{"int", "1", "-7"}, {"int8", "-128", "127"}, {"int16", "1", "2"}, {"int32", "1 << 20", "-1"},
		{"int64", "1 << 40", "-(1 << 40)"}, {"uint", "0", "1"}, {"uint8", "255", "0"}, {"uint16", "65535", "1"},
		{"uint32", "1 << 31", "3"}, {"uint64", "1 << 63", "5"}, {"uintptr", "8", "16"},
		{"float32", "1.5", "-0.25"}, {"float64", "0", "2.5"}, {"complex64", "1i", "2"}, {"complex128", "complex(0, 1)", "-1"},
		{"string", `"a"`, `""`}, {"bool", "true", "false"}, {"rune", "'x'", "'y'"}, {"byte", "'x'", "0"},
		{"*int", "pa", "pb"}, {"chan int", "ca", "cb"}, {"any", "1", `"1"`}, {"any", "Pt{1, 2}", "[2]int{1, 2}"},
		{"error", "ea", "nil"}, {"Pt", "Pt{1, 2}", "Pt{2, 1}"}, {"[2]string", `[2]string{"a", "b"}`, `[2]string{"b", "a"}`},
		{"Named", "Named(3)", "Named(4)"}, {"struct{ A any; B [1]float64 }", "struct{ A any; B [1]float64 }{1, [1]float64{0}}", "struct{ A any; B [1]float64 }{nil, [1]float64{1}}"},
		{"[0]int", "[0]int{}", "[0]int{}"}, {"struct{}", "struct{}{}", "struct{}{}"}, {"Mixed", "Mixed{1, \"x\", nil}", "Mixed{1, \"x\", 2.5}"},
	}
	var b strings.Builder
	b.WriteString(`package main

import (
	"errors"
	"fmt"
	"math"
)

type Pt struct{ X, Y int }
type Named int
type Mixed struct {
	I int
	S string
	A any
}

var (
	x, y   int
	pa, pb = &x, &y
	ca, cb = make(chan int), make(chan int)
	ea     = errors.New("e")
	_      = math.NaN
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
`)
	for i, k := range kinds {
		fmt.Fprintf(&b, `	{
		m := map[%[1]s]int{}
		m[%[2]s] = 1
		m[%[3]s] = 2
		m[%[2]s] += 10
		v, ok := m[%[3]s]
		fmt.Println(%[4]d, len(m), m[%[2]s], v, ok)
		delete(m, %[3]s)
		_, ok = m[%[3]s]
		fmt.Println(%[4]d, len(m), ok)
	}
`, k.typ, k.a, k.b, i)
	}
	// Float keys: +0 and -0 are one key and the later one is stored; NaN
	// keys never match.
	b.WriteString(`	{
		m := map[float64]string{0: "zero"}
		m[math.Copysign(0, -1)] = "negzero"
		fmt.Println(m, len(m))
		m[math.NaN()] = "a"
		m[math.NaN()] = "b"
		_, ok := m[math.NaN()]
		fmt.Println(len(m), ok)
		delete(m, math.NaN())
		fmt.Println(len(m))
		c := map[complex128]int{complex(0, 0): 1}
		c[complex(math.Copysign(0, -1), 0)] = 2
		fmt.Println(c, len(c))
		a := map[any]int{0.0: 1}
		a[math.Copysign(0, -1)] = 2
		fmt.Println(a, len(a))
	}
`)
	bad := []struct{ name, expr string }{
		{"slice", "[]int{1}"}, {"map", "map[int]int{}"}, {"func", "func() {}"},
		{"struct", "struct{ F []int }{}"}, {"named struct", "Holder{}"}, {"array", "[1][]string{}"},
		{"array of any", "[2]any{1, []byte{}}"}, {"struct of any", "Mixed{A: map[string]int{}}"},
		{"nested", "[1]Mixed{{A: [1]any{func() {}}}}"},
	}
	b.WriteString("\ttype Holder struct{ M map[int]int }\n\t_ = Holder{}\n")
	for _, u := range bad {
		for _, st := range []struct{ name, init string }{{"nil", "var m map[any]int"}, {"empty", "m := map[any]int{}"}, {"full", "m := map[any]int{1: 1}"}} {
			fmt.Fprintf(&b, "\t{\n\t\t%s\n", st.init)
			for _, op := range []struct{ name, code string }{
				{"lookup", "_ = m[%s]"}, {"commaok", "_, ok := m[%s]; _ = ok"}, {"delete", "delete(m, %s)"},
				{"insert", "m[%s] = 1"}, {"incr", "m[%s]++"},
			} {
				fmt.Fprintf(&b, "\t\ttry(%q, func() { "+op.code+" })\n", u.name+" "+st.name+" "+op.name, u.expr)
			}
			b.WriteString("\t\tfmt.Println(len(m))\n\t}\n")
		}
	}
	b.WriteString("}\n")
	sweepWithReal(t, map[string]string{"map_keys_all": b.String()})
}

// Slice growth and aliasing for every element kind: an append that
// reallocates leaves the old backing array alone (struct and array elements
// included), an append within capacity shares it, copy and append of self
// copy element values, and slices of arrays write through.
func TestSweepSliceAliasing(t *testing.T) {
	type kind struct{ typ, v1, v2, mut, show string }
	kinds := []kind{
		{"int", "1", "2", "x[0] = 9", "x[0]"},
		{"byte", "'a'", "'b'", "x[0] = 'z'", "x[0]"},
		{"string", `"a"`, `"b"`, `x[0] = "z"`, "x[0]"},
		{"float64", "1.5", "2.5", "x[0] = -1", "x[0]"},
		{"P", "P{1, [2]int{1, 2}}", "P{2, [2]int{3, 4}}", "x[0].A = 9; x[0].B[1] = 9", "x[0]"},
		{"[3]int", "[3]int{1, 2, 3}", "[3]int{4, 5, 6}", "x[0][1] = 9", "x[0]"},
		{"[2]P", "[2]P{{A: 1}}", "[2]P{{A: 2}}", "x[0][0].B[0] = 9", "x[0]"},
		{"Q", `Q{"q", P{1, [2]int{}}, nil}`, `Q{"r", P{2, [2]int{}}, nil}`, "x[0].In.B[0] = 9; x[0].S = \"z\"", "x[0]"},
		{"*int", "&g1", "&g2", "*x[0] = 9", "*x[0]"},
		{"any", "any(1)", `any("b")`, "x[0] = 9.5", "x[0]"},
		{"[]int", "[]int{1}", "[]int{2}", "x[0][0] = 9", "x[0]"},
		{"map[int]int", "map[int]int{1: 1}", "map[int]int{2: 2}", "x[0][5] = 5", "len(x[0])"},
		{"func() int", "func() int { return 1 }", "func() int { return 2 }", "x[0] = nil", "x[0] == nil"},
		{"chan int", "nil", "make(chan int, 1)", "x[0] = make(chan int)", "x[0] == nil"},
		{"struct{}", "struct{}{}", "struct{}{}", "x[0] = struct{}{}", "x[0]"},
		{"[0]int", "[0]int{}", "[0]int{}", "x = x[:1]", "len(x)"},
	}
	var b strings.Builder
	b.WriteString(`package main

import "fmt"

type P struct {
	A int
	B [2]int
}

type Q struct {
	S  string
	In P
	M  map[int]int
}

var g1, g2 = 1, 2

`)
	var calls strings.Builder
	for i, k := range kinds {
		fmt.Fprintf(&b, `func kind%[1]d() {
	// Reallocating append: the old array keeps its values.
	s := make([]%[2]s, 1, 1)
	s[0] = %[3]s
	x := append(s, %[4]s)
	%[5]s
	fmt.Println("realloc", %[6]s, len(x), cap(x) >= 2)
	x = s
	fmt.Println("old", %[6]s)
	// Append within capacity shares the array.
	s = make([]%[2]s, 1, 4)
	s[0] = %[3]s
	x = append(s, %[4]s)
	%[5]s
	x = s
	fmt.Println("shared", %[6]s)
	// copy and append of self copy element values.
	a := []%[2]s{%[3]s, %[4]s, %[3]s}
	c := make([]%[2]s, 2)
	n := copy(c, a)
	x = c
	%[5]s
	x = a
	fmt.Println("copy", n, %[6]s)
	a = append(a, a...)
	x = a[3:]
	%[5]s
	x = a
	fmt.Println("self", len(a), %[6]s)
	n = copy(a[1:], a)
	fmt.Println("overlap", n, len(a))
	// A slice of an array writes through; growing it past the array does not.
	var arr [2]%[2]s
	x = arr[:1]
	%[5]s
	x = arr[:]
	fmt.Println("array", %[6]s)
	y := append(arr[:2], %[3]s)
	x = y
	%[5]s
	x = arr[:]
	fmt.Println("array grown", %[6]s, len(y))
	// Growing one at a time from nil keeps every element.
	var grown []%[2]s
	for j := 0; j < 40; j++ {
		if j%%2 == 0 {
			grown = append(grown, %[3]s)
		} else {
			grown = append(grown, %[4]s)
		}
	}
	x = grown[39:]
	%[5]s
	x = grown[38:]
	fmt.Println("grown", len(grown), %[6]s)
}

`, i, k.typ, k.v1, k.v2, k.mut, k.show)
		fmt.Fprintf(&calls, "\tkind%d()\n", i)
	}
	b.WriteString("func main() {\n" + calls.String() + "}\n")
	sweepWithReal(t, map[string]string{"slice_aliasing_all": b.String()})
}

// Runtime errors and panics, each the first thing its function does after
// a local setup (no call in between to leave a stale position behind), in
// main and in a goroutine: the crash report's first line, the goroutine's
// status line, every prog.go frame with its line, and the "created by"
// line must be Go's. Left out: a struct panic value, which Go prints by
// address.
func TestSweepRuntimeErrorTraces(t *testing.T) {
	crashes := []struct{ name, setup, crash string }{
		{"assert_concrete", `var x any = "s"`, `n := x.(int); _ = n`},
		{"assert_iface", `var x any = 3`, `st := x.(fmt.Stringer); _ = st`},
		{"index", `s := []int{1, 2}; i := 5`, `s[i] = 1`},
		{"slice_bounds", `s := []int{1, 2}; j := 5`, `_ = s[1:j]`},
		{"string_index", `s := "ab"; i := 3`, `_ = s[i]`},
		{"nil_map", `var m map[string]int`, `m["a"] = 1`},
		{"nil_deref", `var p *struct{ X int }`, `p.X = 1`},
		{"nil_array_ptr", `var a *[3]int; i := 1`, `a[i] = 2`},
		{"nil_func", `var f func()`, `f()`},
		{"nil_iface_method", `var e error`, `_ = e.Error()`},
		{"divide", `a, b := 1, 0`, `sink = a / b`},
		{"neg_shift", `s := -1`, `sink = 1 << s`},
		{"makeslice", `n := -1`, `_ = make([]int, n)`},
		{"close_nil", `var ch chan int`, `close(ch)`},
		{"close_closed", `ch := make(chan int); close(ch)`, `close(ch)`},
		{"send_closed", `ch := make(chan int, 1); close(ch)`, `ch <- 1`},
		{"unhashable", `m := map[any]int{1: 1}; var k any = []int{1}`, `m[k] = 2`},
		{"error_value", `err := fmt.Errorf("wrap: %w", errors.New("base"))`, `panic(err)`},
		{"slice_to_array", `s := []int{1, 2}`, `a := [4]int(s); _ = a`},
		{"slice_to_array_ptr", `s := []int{1, 2}`, `p := (*[3]int)(s); _ = p`},
	}
	const prelude = "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\nvar _, _ = errors.New, fmt.Sprint\n\nvar sink int\n\n"
	progs := map[string]string{}
	for _, c := range crashes {
		body := "\t" + c.setup + "\n\t" + c.crash + "\n"
		progs["crash_"+c.name+"_main"] = prelude + "func main() {\n\tfmt.Println(\"start\")\n" + body + "}\n"
		progs["crash_"+c.name+"_goroutine"] = prelude + "func work(done chan bool) {\n" + body + "\tdone <- true\n}\n\n" +
			"func main() {\n\tdone := make(chan bool)\n\tgo work(done)\n\t<-done\n}\n"
	}
	// Crashes during initialisation: gc names the init functions init.0,
	// init.1…, and shows the package initializer main.init only while it
	// runs a variable's initialiser.
	progs["crash_in_second_init"] = prelude + "func init() { sink = 1 }\n\nfunc init() {\n\tvar m map[int]int\n\tm[sink] = 1\n}\n\nfunc main() {}\n"
	progs["crash_in_var_initializer"] = prelude + "var m map[int]int\n\nvar x = func() int {\n\tm[1] = 1\n\treturn 1\n}()\n\nfunc main() { sink = x }\n"
	progs["crash_in_init_closure"] = prelude + "func init() {\n\tfunc() {\n\t\tvar p *int\n\t\tsink = *p\n\t}()\n}\n\nfunc main() {}\n"
	// A panic raised by a deferred call that runtime.Goexit runs: printpanics
	// skips the Goexit, and the traceback shows the frames Goexit left.
	progs["crash_panic_during_goexit"] = "package main\n\nimport \"runtime\"\n\nfunc leave() {\n\truntime.Goexit()\n}\n\n" +
		"func work() {\n\tdefer func() { panic(\"deferred\") }()\n\tleave()\n}\n\nfunc main() {\n\tgo work()\n\tselect {}\n}\n"
	// Multi-line panic values: printpanicval indents each line after the
	// first with a tab, for a string, a named string and an error's text.
	progs["crash_multiline_values"] = prelude + "type S string\n\nfunc main() {\n\tdefer func() {\n\t\tdefer func() {\n\t\t\trecover()\n" +
		"\t\t\tpanic(errors.Join(errors.New(\"first\\nsecond\"), errors.New(\"third\")))\n\t\t}()\n\t\tpanic(S(\"named\\nstring\"))\n\t}()\n" +
		"\tpanic(\"line one\\nline two\")\n}\n"
	// A named complex value: the type's name, then the value with its own
	// parentheses (printanycustomtype), not wrapped in another pair.
	progs["crash_named_complex"] = prelude + "type C complex128\n\nfunc main() {\n\tgo func() {}()\n\tpanic(C(1 + 2i))\n}\n"
	// A panic value whose Error method panics: the fatal error's traceback
	// shows the method's frames above the panic's (preprintpanics runs it
	// on the panicking goroutine's stack).
	progs["crash_error_method_panics"] = prelude + "type E struct{}\n\nfunc (E) Error() string {\n\tpanic(\"boom\")\n}\n\n" +
		"func main() {\n\tpanic(E{})\n}\n"
	progs["crash_error_method_runtime_error"] = prelude + "type E struct{ n int }\n\nfunc (e *E) Error() string {\n\treturn helper(e.n)\n}\n\n" +
		"func helper(n int) string {\n\tvar m map[int]int\n\tm[n] = 1\n\treturn fmt.Sprint(n)\n}\n\n" +
		"func main() {\n\tdefer fmt.Println(\"deferred\")\n\tpanic(&E{3})\n}\n"
	sweepWithReal(t, progs)
}

// The standard library's frames in crash reports: each must name the GOROOT
// file and line real Go prints ($GOROOT/src/sync/mutex.go:46), for code
// compiled from GOROOT (fmt, sort, strings), for Interleave's overrides that
// stand for GOROOT functions (sync.(*Once).Do, sync.(*WaitGroup).Go), and
// for the frames above a VM intrinsic (the semaphore frames of a goroutine
// blocked in Lock, internal/sync.fatal above an Unlock of an unlocked
// mutex), and "created by time.goFunc" for an AfterFunc's goroutine. The
// runtime's unexported frames (runtime.gopark) are left out of the
// comparison.
func TestSweepLibraryFrames(t *testing.T) {
	const prelude = "package main\n\nimport (\n\t\"fmt\"\n\t\"sort\"\n\t\"strings\"\n\t\"sync\"\n\t\"sync/atomic\"\n\t\"time\"\n)\n\n" +
		"var _, _, _, _ = fmt.Sprint, sort.Ints, strings.ToUpper, time.Sleep\n\nvar (\n\t_ atomic.Value\n\t_ sync.Mutex\n)\n\n"
	progs := map[string]string{
		"frames_mutex_deadlock": "func main() {\n\tvar mu sync.Mutex\n\tmu.Lock()\n\tgo func() {\n\t\tmu.Lock()\n\t}()\n\tmu.Lock()\n}\n",
		"frames_rwmutex_deadlock": "func main() {\n\tvar rw sync.RWMutex\n\trw.RLock()\n\tgo func() { rw.Lock() }()\n\ttime.Sleep(time.Millisecond)\n" +
			"\tgo func() { rw.Lock() }()\n\ttime.Sleep(time.Millisecond)\n\tgo func() { rw.RLock() }()\n\tselect {}\n}\n",
		"frames_waitgroup_deadlock": "func main() {\n\tvar wg sync.WaitGroup\n\twg.Add(1)\n\twg.Wait()\n}\n",
		"frames_cond_deadlock":      "func main() {\n\tvar mu sync.Mutex\n\tc := sync.NewCond(&mu)\n\tmu.Lock()\n\tc.Wait()\n}\n",
		"frames_unlock_unlocked":    "func main() {\n\tvar mu sync.Mutex\n\tmu.Unlock()\n}\n",
		"frames_runlock_unlocked":   "func main() {\n\tvar rw sync.RWMutex\n\trw.RUnlock()\n}\n",
		"frames_rw_unlock_unlocked": "func main() {\n\tvar rw sync.RWMutex\n\trw.Unlock()\n}\n",
		"frames_waitgroup_negative": "func main() {\n\tvar wg sync.WaitGroup\n\twg.Done()\n}\n",
		"frames_once_in_wg_go": "func main() {\n\tvar once sync.Once\n\tvar wg sync.WaitGroup\n\twg.Go(func() {\n\t\tonce.Do(func() {\n" +
			"\t\t\tpanic(\"in once\")\n\t\t})\n\t})\n\twg.Wait()\n}\n",
		"frames_builder_copy": "func main() {\n\tvar a strings.Builder\n\ta.WriteString(\"x\")\n\tb := a\n\tb.WriteString(\"y\")\n}\n",
		"frames_atomic_value": "func main() {\n\tvar v atomic.Value\n\tv.Store(1)\n\tv.Store(\"one\")\n}\n",
		"frames_sort_less_panics": "func main() {\n\ts := []int{3, 1, 2}\n\tsort.Slice(s, func(i, j int) bool {\n\t\tvar m map[int]int\n" +
			"\t\tm[i] = j\n\t\treturn false\n\t})\n}\n",
		"frames_afterfunc_panic": "func main() {\n\ttime.AfterFunc(time.Millisecond, func() {\n\t\tpanic(\"in afterfunc\")\n\t})\n\ttime.Sleep(time.Second)\n}\n",
		"frames_string_method_blocks": "type T struct{ mu *sync.Mutex }\n\nfunc (t T) String() string {\n\tt.mu.Lock()\n\treturn \"t\"\n}\n\n" +
			"func main() {\n\tvar mu sync.Mutex\n\tmu.Lock()\n\tfmt.Println(T{&mu})\n}\n",
	}
	for name, body := range progs {
		progs[name] = prelude + body
	}
	sweepWithReal(t, progs)
}

// The runtime's own frames Go's traceback shows (showframe at
// GOTRACEBACK=single): gopanic as panic(...) between a deferred call a
// panic runs and the frames that panicked, runtime.Goexit() under a
// deferred call Goexit runs, both nested in each other, under deferred
// intrinsics and builtins, in goroutines blocked inside such deferred
// calls (deadlock traces show every goroutine), and the two gopanic frames
// around a panic value's Error method that panics.
func TestSweepRuntimeFrames(t *testing.T) {
	const prelude = "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n\t\"sync\"\n)\n\n" +
		"var _, _ = fmt.Sprint, runtime.Goexit\n\nvar _ sync.Mutex\n\n"
	progs := map[string]string{
		// A deferred call that calls a function whose own deferred call
		// (run at its return, no panic in between) panics.
		"rt_defer_calls_returning_func": "func f() {\n\tdefer func() {\n\t\tpanic(\"f defer\")\n\t}()\n}\n\n" +
			"func main() {\n\tdefer func() {\n\t\tf()\n\t}()\n\tpanic(\"first\")\n}\n",
		// Three panics, each raised by a deferred call of the one before.
		"rt_three_panics": "func main() {\n\tdefer func() {\n\t\tdefer func() {\n\t\t\tpanic(\"third\")\n\t\t}()\n" +
			"\t\tpanic(\"second\")\n\t}()\n\tpanic(\"first\")\n}\n",
		"rt_defer_unlock_unlocked": "func main() {\n\tvar mu sync.Mutex\n\tdefer mu.Unlock()\n\tpanic(\"first\")\n}\n",
		"rt_defer_runtime_error": "func work(done chan bool) {\n\tdefer func() {\n\t\tvar m map[int]int\n\t\tm[1] = 1\n\t}()\n" +
			"\tvar s []int\n\t_ = s[3]\n\tdone <- true\n}\n\nfunc main() {\n\tdone := make(chan bool)\n\tgo work(done)\n\t<-done\n}\n",
		// Blocked inside a deferred call: in main, in another goroutine
		// (a panic's and a Goexit's), all shown by the deadlock report.
		"rt_deadlock_in_panic_defer": "func main() {\n\tch := make(chan int)\n\tgo func() {\n\t\tdefer func() {\n\t\t\t<-ch\n\t\t}()\n" +
			"\t\truntime.Goexit()\n\t}()\n\tgo func() {\n\t\tdefer func() {\n\t\t\tch <- 1\n\t\t\tch <- 2\n\t\t}()\n\t\tpanic(\"in goroutine\")\n\t}()\n" +
			"\tdefer func() {\n\t\tvar mu sync.Mutex\n\t\tmu.Lock()\n\t\tmu.Lock()\n\t}()\n\tpanic(\"first\")\n}\n",
		// Goexit called by a deferred call a panic runs, then a later
		// deferred call panics.
		"rt_goexit_in_panic_defer": "func work() {\n\tdefer func() {\n\t\tpanic(\"after goexit\")\n\t}()\n\tdefer func() {\n\t\truntime.Goexit()\n\t}()\n" +
			"\tpanic(\"first\")\n}\n\nfunc main() {\n\tgo work()\n\tselect {}\n}\n",
		// A panic inside a deferred call Goexit runs, inside a panic's.
		"rt_panic_in_goexit_in_panic": "func work() {\n\tdefer func() {\n\t\tdefer func() {\n\t\t\tpanic(\"inner\")\n\t\t}()\n" +
			"\t\truntime.Goexit()\n\t}()\n\tpanic(\"first\")\n}\n\nfunc main() {\n\tgo work()\n\tselect {}\n}\n",
		// A frame that recovered runs its remaining deferred calls as
		// deferreturn does: no gopanic frame under them.
		"rt_defer_after_recover": "func f() {\n\tdefer func() {\n\t\tpanic(\"late\")\n\t}()\n\tdefer func() {\n\t\trecover()\n\t}()\n" +
			"\tpanic(\"first\")\n}\n\nfunc main() {\n\tf()\n}\n",
		// ... unless an older panic is still running deferred calls below.
		"rt_defer_after_recover_in_panic": "func f() {\n\tdefer func() {\n\t\tpanic(\"late\")\n\t}()\n\tdefer func() {\n\t\trecover()\n\t}()\n" +
			"\tpanic(\"inner\")\n}\n\nfunc main() {\n\tdefer func() {\n\t\tf()\n\t}()\n\tpanic(\"outer\")\n}\n",
		// gc wraps a go or defer of the builtin panic, and the wrapper,
		// which calls gopanic, is shown: main.main.deferwrapN, numbered
		// over the function's wrapped go and defer statements.
		"rt_defer_panic_builtin": "type T struct{}\n\nfunc (T) M() {}\n\nfunc f() int { return 1 }\n\nfunc g() {}\n\n" +
			"func main() {\n\tvar t T\n\tvar mu sync.Mutex\n\tmu.Lock()\n\tdefer t.M()\n\tdefer mu.Unlock()\n\tdefer g()\n\tdefer f()\n" +
			"\tgo func() {}()\n\tdefer fmt.Println(\"printed\")\n\tdefer panic(\"second\")\n\tpanic(\"first\")\n}\n",
		"rt_defer_panic_builtin_in_closure": "func main() {\n\tfunc() {\n\t\tdefer panic(\"inner\")\n\t}()\n}\n",
		"rt_go_panic_builtin":               "func main() {\n\tdefer fmt.Println(\"not printed\")\n\tgo panic(\"in goroutine\")\n\tselect {}\n}\n",
		// A deferred nil func faults in gopanic itself: no panic frame.
		"rt_defer_nil_func": "func main() {\n\tvar f func()\n\tdefer f()\n\tpanic(\"first\")\n}\n",
		"rt_deferred_method_value": "type T struct{ n int }\n\nfunc (t T) M() {\n\tpanic(fmt.Sprint(\"M\", t.n))\n}\n\n" +
			"func main() {\n\tt := T{1}\n\tdefer t.M()\n\tpanic(\"first\")\n}\n",
		// An Error method that panics while the panic value is printed,
		// the panic raised in a deferred call of another panic.
		"rt_error_method_panics_in_defer": "type E struct{}\n\nfunc (E) Error() string {\n\tpanic(\"boom\")\n}\n\n" +
			"func main() {\n\tdefer func() {\n\t\tpanic(E{})\n\t}()\n\tpanic(\"first\")\n}\n",
		// Goexit's deferred call blocked forever: the Goexit frame in the
		// deadlock report.
		"rt_goexit_defer_blocks": "func main() {\n\tgo func() {\n\t\tdefer func() {\n\t\t\tselect {}\n\t\t}()\n\t\truntime.Goexit()\n\t}()\n" +
			"\tvar wg sync.WaitGroup\n\twg.Add(1)\n\twg.Wait()\n}\n",
	}
	for name, body := range progs {
		progs[name] = prelude + body
	}
	sweepWithReal(t, progs)
}

// iter.Pull and iter.Pull2 in crash reports: a goroutine switching to or
// from a coroutine waits as [coroutine] with no frame of the switch, and
// the coroutine's goroutine was "created by iter.Pull[...]" at its call of
// newcoro (Interleave runs a coroutine as a goroutine over channels: see
// the overlay's iter/pull.go).
func TestSweepIterPull(t *testing.T) {
	const prelude = "package main\n\nimport (\n\t\"fmt\"\n\t\"iter\"\n)\n\nvar _ = fmt.Sprint\n\n"
	progs := map[string]string{
		// main blocked in next while the sequence waits on a channel.
		"pull_seq_blocks": "func main() {\n\tch := make(chan int)\n\tseq := func(yield func(int) bool) {\n\t\tyield(1)\n\t\t<-ch\n\t}\n" +
			"\tnext, stop := iter.Pull(seq)\n\tdefer stop()\n\tfmt.Println(next())\n\tfmt.Println(next())\n}\n",
		"pull2_seq_blocks": "func main() {\n\tch := make(chan int)\n\tseq := func(yield func(int, string) bool) {\n\t\t<-ch\n\t}\n" +
			"\tnext, stop := iter.Pull2(seq)\n\tdefer stop()\n\tfmt.Println(next())\n}\n",
		// The coroutine parked in yield while main blocks elsewhere.
		"pull_parked_in_yield": "func main() {\n\tch := make(chan int)\n\tseq := func(yield func(int) bool) {\n\t\tfor i := 0; ; i++ {\n" +
			"\t\t\tif !yield(i) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n\tnext, stop := iter.Pull(seq)\n\tdefer stop()\n\tfmt.Println(next())\n\t<-ch\n}\n",
		// A coroutine never switched to.
		"pull2_not_started": "func main() {\n\tch := make(chan int)\n\tseq := func(yield func(int, int) bool) {\n\t\tyield(1, 2)\n\t}\n" +
			"\tnext, stop := iter.Pull2(seq)\n\t_, _ = next, stop\n\t<-ch\n}\n",
		// Pulled from another goroutine: created by iter.Pull in that one.
		"pull_in_goroutine": "func main() {\n\tch := make(chan int)\n\tdone := make(chan bool)\n\tgo func() {\n" +
			"\t\tnext, _ := iter.Pull(func(yield func(int) bool) {\n\t\t\t<-ch\n\t\t})\n\t\tnext()\n\t\tdone <- true\n\t}()\n\t<-done\n}\n",
		// A panic in the sequence propagates through next.
		"pull2_seq_panics": "func main() {\n\tseq := func(yield func(int, string) bool) {\n\t\tyield(1, \"a\")\n\t\tpanic(\"in seq\")\n\t}\n" +
			"\tnext, stop := iter.Pull2(seq)\n\tdefer stop()\n\tfmt.Println(next())\n\tfmt.Println(next())\n}\n",
		// stop blocked: the sequence ignores yield's false and waits.
		"pull_stop_blocks": "func main() {\n\tch := make(chan int)\n\tseq := func(yield func(int) bool) {\n\t\tyield(1)\n\t\t<-ch\n\t}\n" +
			"\tnext, stop := iter.Pull(seq)\n\tfmt.Println(next())\n\tstop()\n}\n",
	}
	for name, body := range progs {
		progs[name] = prelude + body
	}
	sweepWithReal(t, progs)
}

// runtime.SetFinalizer's and runtime.AddCleanup's checks (SetFinalizer's
// are throws: fatal errors with its frame at the check's line;
// AddCleanup's are panics) and a finalizer or cleanup that panics, in the
// runtime's goroutine, over runtime.runFinalizers / runtime.runCleanups.
func TestSweepFinalizers(t *testing.T) {
	const prelude = "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n\t\"time\"\n)\n\n" +
		"var _, _ = fmt.Sprint, time.Sleep\n\ntype T struct {\n\tn   int\n\tp   *int\n\tpad [4]int\n}\n\n"
	progs := map[string]string{
		"fin_nil":                   "func main() {\n\truntime.SetFinalizer(nil, func(any) {})\n}\n",
		"fin_not_pointer":           "func main() {\n\truntime.SetFinalizer(1, func(any) {})\n}\n",
		"fin_nil_pointer":           "func main() {\n\tvar p *T\n\truntime.SetFinalizer(p, func(*T) {})\n}\n",
		"fin_interior":              "func main() {\n\tq := &T{}\n\truntime.SetFinalizer(&q.p, func(**int) {})\n}\n",
		"fin_not_func":              "func main() {\n\tp := &T{}\n\truntime.SetFinalizer(p, 3)\n}\n",
		"fin_variadic":              "func main() {\n\tp := &T{}\n\truntime.SetFinalizer(p, func(...*T) {})\n}\n",
		"fin_two_params":            "func main() {\n\tp := &T{}\n\truntime.SetFinalizer(p, func(*T, int) {})\n}\n",
		"fin_wrong_param":           "func main() {\n\tp := &T{}\n\truntime.SetFinalizer(p, func(*int) {})\n}\n",
		"fin_already_set":           "func main() {\n\tp := &T{}\n\truntime.SetFinalizer(p, func(*T) {})\n\truntime.SetFinalizer(p, func(*T) {})\n}\n",
		"fin_global":                "var g T\n\nfunc main() {\n\truntime.SetFinalizer(&g, func(*T) { fmt.Println(\"never\") })\n\truntime.GC()\n\ttime.Sleep(20 * time.Millisecond)\n\tfmt.Println(\"end\")\n}\n",
		"fin_any_param":             "func main() {\n\tp := &T{n: 3}\n\truntime.SetFinalizer(p, func(v any) { fmt.Println(\"fin\", v.(*T).n) })\n\tp = nil\n\truntime.GC()\n\ttime.Sleep(20 * time.Millisecond)\n}\n",
		"fin_result":                "func main() {\n\tp := &T{n: 4}\n\truntime.SetFinalizer(p, func(t *T) int { fmt.Println(\"fin\", t.n); return 1 })\n\tp = nil\n\truntime.GC()\n\ttime.Sleep(20 * time.Millisecond)\n}\n",
		"fin_panics":                "func main() {\n\tp := &T{n: 7}\n\truntime.SetFinalizer(p, func(t *T) { panic(fmt.Sprint(\"finalizer \", t.n)) })\n\tp = nil\n\truntime.GC()\n\ttime.Sleep(20 * time.Millisecond)\n}\n",
		"cleanup_nil":               "func main() {\n\tvar p *T\n\truntime.AddCleanup(p, func(int) {}, 0)\n}\n",
		"cleanup_arg_ptr":           "func main() {\n\tp := &T{}\n\truntime.AddCleanup(p, func(*T) {}, p)\n}\n",
		"cleanup_closes":            "func main() {\n\tp := &T{}\n\truntime.AddCleanup(p, func(int) { _ = p }, 0)\n}\n",
		"cleanup_closes_reassigned": "func main() {\n\tp := &T{n: 5}\n\truntime.AddCleanup(p, func(int) { fmt.Println(\"cleanup\", p) }, 0)\n\tp = nil\n\truntime.GC()\n\ttime.Sleep(2 * time.Second)\n}\n",
		"cleanup_closes_field":      "func main() {\n\tp := &T{}\n\ts := struct{ q *T }{p}\n\truntime.AddCleanup(p, func(int) { _ = s.q }, 0)\n}\n",
		"cleanup_closes_addr":       "func main() {\n\tvar x T\n\tp := &x\n\truntime.AddCleanup(p, func(int) { _ = x.n }, 0)\n}\n",
		"cleanup_closes_nested":     "func main() {\n\tp := &T{}\n\tf := func() { runtime.AddCleanup(p, func(int) { _ = p }, 0) }\n\tf()\n}\n",
		"cleanup_closes_slice":      "func main() {\n\tp := &T{}\n\ts := p.pad[1:]\n\truntime.AddCleanup(p, func(int) { _ = s }, 0)\n}\n",
		"cleanup_closes_elems":      "func main() {\n\tp := &T{n: 6}\n\tps := []*T{p}\n\truntime.AddCleanup(p, func(int) { fmt.Println(\"cleanup\", len(ps)) }, 0)\n\tfmt.Println(\"ok\")\n}\n",
		"cleanup_closes_late":       "func main() {\n\tp := &T{}\n\tg := func(int) { _ = p }\n\tfor i := 0; i < 2; i++ {\n\t\tif i == 1 {\n\t\t\tp = &T{}\n\t\t}\n\t}\n\truntime.AddCleanup(p, g, 0)\n\tfmt.Println(\"ok\")\n}\n",
		"cleanup_within":            "func main() {\n\tp := &T{}\n\truntime.AddCleanup(p, func(*[4]int) {}, &p.pad)\n}\n",
		"cleanup_iface":             "func main() {\n\tp := &T{}\n\truntime.AddCleanup(p, func(v any) { fmt.Println(\"cleanup\", v) }, any(5))\n\tp = nil\n\truntime.GC()\n\ttime.Sleep(2 * time.Second)\n}\n",
		"cleanup_panics":            "func main() {\n\tp := &T{}\n\truntime.AddCleanup(p, func(n int) { panic(fmt.Sprint(\"cleanup \", n)) }, 8)\n\tp = nil\n\truntime.GC()\n\ttime.Sleep(2 * time.Second)\n}\n",
		"cleanup_stopped":           "func main() {\n\tp := &T{}\n\tc := runtime.AddCleanup(p, func(n int) { fmt.Println(\"never\") }, 8)\n\tc.Stop()\n\tc.Stop()\n\tp = nil\n\truntime.GC()\n\ttime.Sleep(20 * time.Millisecond)\n\tfmt.Println(\"end\")\n}\n",
	}
	for name, body := range progs {
		progs[name] = prelude + body
	}
	sweepWithReal(t, progs)
}
