package runner

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeProgramModule writes the go.mod and go.sum of a temporary module in
// which real Go builds test programs: the product's requirements on the
// modules user programs may import (golang.org/x/sync and x/time, which
// runner/std/gen gathers), at the same versions, so that real Go and
// Interleave run the same code. The module cache already holds them (gen
// imports them), so builds need no network.
func writeProgramModule(t *testing.T, dir, module, goVersion string) {
	t.Helper()
	goMod, err := os.ReadFile(filepath.Join("..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	goSum, err := os.ReadFile(filepath.Join("..", "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	isUserModule := func(line string) bool {
		return strings.HasPrefix(line, "golang.org/x/sync ") || strings.HasPrefix(line, "golang.org/x/time ")
	}
	// A release version: x/time's go.mod says go 1.26.0, which is later
	// than the language version "1.26".
	if strings.Count(goVersion, ".") == 1 {
		goVersion += ".0"
	}
	var mod, sum strings.Builder
	fmt.Fprintf(&mod, "module %s\n\ngo %s\n\nrequire (\n", module, goVersion)
	for _, line := range strings.Split(string(goMod), "\n") {
		if line = strings.TrimSpace(line); isUserModule(line) {
			fmt.Fprintf(&mod, "\t%s\n", strings.TrimSuffix(line, " // indirect"))
		}
	}
	mod.WriteString(")\n")
	for _, line := range strings.Split(string(goSum), "\n") {
		if isUserModule(line) {
			fmt.Fprintln(&sum, line)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.sum"), []byte(sum.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
