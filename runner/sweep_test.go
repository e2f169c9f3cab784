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
