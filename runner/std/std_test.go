package std_test

import (
	"go/token"
	"go/types"
	"testing"

	"interleave/runner/std"
)

// TestStubsTypeCheck imports every supported package: each stub must
// type-check with go/types and import only other stubs.
func TestStubsTypeCheck(t *testing.T) {
	avail := std.Available()
	if len(avail) == 0 {
		t.Fatal("no stub packages")
	}
	for _, path := range avail {
		im := std.NewImporter(token.NewFileSet(), types.SizesFor("gc", "amd64"))
		if _, err := im.Import(path); err != nil {
			t.Errorf("import %s: %v", path, err)
		}
	}
}

// TestStubsAvailable checks that the standard library packages Interleave
// promises are listed.
func TestStubsAvailable(t *testing.T) {
	have := map[string]bool{}
	for _, p := range std.Available() {
		have[p] = true
	}
	for _, p := range []string{
		"bytes", "cmp", "errors", "fmt", "io", "iter", "maps", "math", "math/bits", "math/rand",
		"math/rand/v2", "os", "slices", "sort", "strconv", "strings", "sync", "sync/atomic",
		"time", "unicode", "unicode/utf8",
	} {
		if !have[p] {
			t.Errorf("package %s is not available", p)
		}
	}
}

// TestUnsupportedImport checks the error for a package without a stub.
func TestUnsupportedImport(t *testing.T) {
	im := std.NewImporter(token.NewFileSet(), types.SizesFor("gc", "amd64"))
	if _, err := im.Import("net/http"); err == nil {
		t.Fatal("importing net/http succeeded")
	}
}
