package main

import (
	"go/build"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMerge checks each merge rule on a made-up GOROOT package: a
// replaced func, method, type and grouped const, a removed declaration and
// init, an excluded file, and an import the merge leaves unused.
func TestMerge(t *testing.T) {
	root, overlay := t.TempDir(), t.TempDir()
	write := func(dir, name, src string) {
		t.Helper()
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pkgDir := filepath.Join(root, "src", "demo")
	write(pkgDir, "demo.go", `// Package demo is GOROOT's.
package demo

import (
	"errors"
	"unsafe"
)

const (
	A = iota * 10 // replaced below
	B
	C
)

type T struct{ x int }

func (t T) M() int { return t.x }

func F() int { return int(unsafe.Sizeof(0)) }

func G() error { return errors.New("g") }

func H() int { return 1 }

func W() int { return 2 }

func (t T) K() int { return 5 }

func init() { println("goroot init") }
`)
	write(pkgDir, "gone.go", "package demo\n\nfunc Gone() {}\n")
	write(pkgDir, "demo_test.go", "package demo\n")
	write(filepath.Join(overlay, "demo"), "over.go", `// Why this override exists.
//std:exclude gone.go
//std:remove H init
//std:rename W wrappedW
//std:rename T.K wrappedK

package demo

import _ "strings" // an override's blank import links a package in

const A = 7

type T struct{ y int }

func (t T) M() int { return t.y }

// F is an intrinsic.
func F() int

func W() int { return wrappedW() + 1 }

func (t T) K() int { return t.wrappedK() + 1 }
`)
	g := &gatherer{goroot: root, overlay: overlay, ctxt: build.Default, fset: token.NewFileSet(), pkgs: map[string]map[string][]byte{}}
	g.ctxt.GOOS, g.ctxt.GOARCH, g.ctxt.GOROOT = "js", "wasm", root
	imports, err := g.gather("demo")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(imports, ",") != "errors,strings" {
		t.Errorf("imports = %v, want [errors strings] (unsafe is no longer used; the override imports strings blank)", imports)
	}
	files := g.pkgs["demo"]
	if _, ok := files["gone.go"]; ok {
		t.Error("gone.go was not excluded")
	}
	if _, ok := files["demo_test.go"]; ok {
		t.Error("a test file was gathered")
	}
	merged := string(files["demo.go"])
	for _, want := range []string{"B = iota * 10", "C\n", "func G() error", "func wrappedW() int { return 2 }", "func (t T) wrappedK() int { return 5 }"} {
		if !strings.Contains(merged, want) {
			t.Errorf("merged demo.go lacks %q:\n%s", want, merged)
		}
	}
	for _, gone := range []string{"A =", "type T", "func (t T) M", "func F", "func H", "init", "unsafe", "GOROOT's", "func W"} {
		if strings.Contains(merged, gone) {
			t.Errorf("merged demo.go still has %q:\n%s", gone, merged)
		}
	}
	if over := string(files["over.go"]); !strings.Contains(over, "func F() int\n") || !strings.Contains(over, "y int") {
		t.Errorf("override not copied:\n%s", over)
	}
}
