//go:build !js

package std

import (
	"io/fs"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
)

// TestStaleGen: a _gen generated from other override files, gen sources or
// Go version than the ones built in is refused with a message that says
// to run make std; the one `make std` just generated is not.
func TestStaleGen(t *testing.T) {
	if err := Check(); err != nil {
		t.Fatalf("Check after make std: %v", err)
	}
	// A copy of the built-in inputs, then one changed file at a time.
	copyOf := func() fstest.MapFS {
		m := fstest.MapFS{}
		fs.WalkDir(inputs, ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				b, _ := fs.ReadFile(inputs, p)
				m[p] = &fstest.MapFile{Data: b}
			}
			return nil
		})
		return m
	}
	if err := checkStamp(copyOf(), runtime.Version(), srcFS); err != nil {
		t.Fatalf("the same inputs: %v", err)
	}
	over := copyOf()
	over["_overlay/sync/sync.go"].Data = append(over["_overlay/sync/sync.go"].Data, "\n// edited\n"...)
	gen := copyOf()
	gen["gen/frames.go"].Data = append(gen["gen/frames.go"].Data, "\n// edited\n"...)
	added := copyOf()
	added["_overlay/sync/more.go"] = &fstest.MapFile{Data: []byte("package sync\n")}
	for name, c := range map[string]struct {
		inputs  fs.FS
		version string
	}{
		"override edited": {over, runtime.Version()},
		"gen edited":      {gen, runtime.Version()},
		"override added":  {added, runtime.Version()},
		"another Go":      {copyOf(), runtime.Version() + ".1"},
	} {
		err := checkStamp(c.inputs, c.version, srcFS)
		if err == nil || !strings.Contains(err.Error(), "runner/std/_gen is stale: run make std") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
