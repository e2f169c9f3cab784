package std_test

import (
	"go/token"
	"go/types"
	"testing"

	"interleave/runner/std"
)

// TestStubsTypeCheck imports every supported package: each, merged from
// GOROOT and the overrides, must type-check with go/types.
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
		"bufio", "bytes", "cmp", "container/heap", "container/list", "container/ring", "context",
		"encoding/base64", "encoding/hex", "errors", "fmt", "hash", "hash/crc32", "hash/fnv", "io",
		"iter", "log", "maps", "math", "math/bits", "math/rand", "math/rand/v2", "os", "path", "slices",
		"sort", "strconv", "strings", "sync", "sync/atomic", "time", "unicode", "unicode/utf16",
		"unicode/utf8",
	} {
		if !have[p] {
			t.Errorf("package %s is not available", p)
		}
	}
}

// TestUnsupportedImport checks the error for a package that is not there.
func TestUnsupportedImport(t *testing.T) {
	im := std.NewImporter(token.NewFileSet(), types.SizesFor("gc", "amd64"))
	if _, err := im.Import("net/http"); err == nil {
		t.Fatal("importing net/http succeeded")
	}
}
