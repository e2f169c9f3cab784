package std_test

// Provenance and coverage of the std: runner/ holds only the project's own
// code (no run of lines copied from GOROOT), every override says why it
// exists, and every package a program may import is exercised by at least
// one oracle program in runner/testdata (the oracle compares those with
// real Go).

import (
	"go/parser"
	"go/token"
	"hash/fnv"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"interleave/runner/std"
)

// copyRun is how many consecutive non-trivial lines two files must share
// for one to count as copied from the other.
const copyRun = 8

// trivialLines are lines too common to say anything about where code came from.
var trivialLines = map[string]bool{
	"}": true, "{": true, ")": true, "(": true, "},": true, "})": true, "}()": true,
	"//": true, "return": true, "return nil": true, "return err": true, "default:": true,
	"} else {": true, "break": true, "continue": true, "return false": true,
	"return true": true, "var (": true, "const (": true, "import (": true, "]": true,
}

// significantLines returns a file's lines with white space folded, leaving
// out blank and trivial lines and import specs, each with its line number.
func significantLines(path string) ([]string, []int, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var lines []string
	var nums []int
	for n, line := range strings.Split(string(src), "\n") {
		s := strings.Join(strings.Fields(line), " ")
		if len(s) < 6 || trivialLines[s] || strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "import ") || strings.HasPrefix(s, `_ "`) {
			continue
		}
		lines = append(lines, s)
		nums = append(nums, n+1)
	}
	return lines, nums, nil
}

// windowHash hashes lines[i:i+copyRun].
func windowHash(lines []string, i int) uint64 {
	h := fnv.New64a()
	for _, l := range lines[i : i+copyRun] {
		h.Write([]byte(l))
		h.Write([]byte{'\n'})
	}
	return h.Sum64()
}

func goroot(t *testing.T) string {
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no Go toolchain under GOOS=" + runtime.GOOS)
	}
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Skipf("go env GOROOT: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// TestNoGorootCopies: no .go file under runner/ (the overrides, the VM,
// the tests and their programs; not the generated _gen) shares a run of
// copyRun significant lines with any .go file of GOROOT/src. What the std
// needs from Go is gathered at build time or taken with //std:take.
func TestNoGorootCopies(t *testing.T) {
	root := goroot(t)
	index := map[uint64]string{}
	err := filepath.WalkDir(filepath.Join(root, "src"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") {
			return err
		}
		lines, nums, err := significantLines(p)
		if err != nil {
			return err
		}
		for i := 0; i+copyRun <= len(lines); i++ {
			h := windowHash(lines, i)
			if _, ok := index[h]; !ok {
				index[h] = strings.TrimPrefix(p, root+string(filepath.Separator)) + ":" + strconv.Itoa(nums[i])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir("..", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "_gen" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") {
			return nil
		}
		lines, nums, err := significantLines(p)
		if err != nil {
			return err
		}
		for i := 0; i+copyRun <= len(lines); i++ {
			if src, ok := index[windowHash(lines, i)]; ok {
				t.Errorf("runner/%s:%d-%d repeats %d lines of GOROOT's %s (%q…): gather it or //std:take it, or write it anew",
					filepath.ToSlash(strings.TrimPrefix(p, "../")), nums[i], nums[i+copyRun-1], copyRun, src, lines[i])
				i += copyRun - 1
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestOverridesSayWhy: each override file starts with one line comment
// saying why it exists (not a directive, not the package's doc).
func TestOverridesSayWhy(t *testing.T) {
	n := 0
	err := filepath.WalkDir("_overlay", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") {
			return err
		}
		n++
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		first, _, _ := strings.Cut(string(src), "\n")
		why, ok := strings.CutPrefix(first, "// ")
		if !ok || strings.HasPrefix(first, "//std:") || strings.HasPrefix(why, "Package ") || len(why) < 20 {
			t.Errorf("%s: the first line %q does not say why the override exists", p, first)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no override files found")
	}
}

// TestOracleCoversEveryPackage: every package a program may import is
// imported by at least one oracle program (runner/testdata/*.go), so real
// Go checks it.
func TestOracleCoversEveryPackage(t *testing.T) {
	if err := std.Check(); err != nil {
		t.Skip(err)
	}
	programs, err := filepath.Glob(filepath.Join("..", "testdata", "*.go"))
	if err != nil || len(programs) == 0 {
		t.Fatalf("no oracle programs: %v", err)
	}
	imported := map[string]bool{}
	fset := token.NewFileSet()
	for _, p := range programs {
		f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			imported[path] = true
		}
	}
	for _, p := range std.Available() {
		if !imported[p] {
			t.Errorf("no oracle program in runner/testdata imports %s", p)
		}
	}
}
