package std

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"sync"

	"interleave/runner/std/stamp"
)

// inputs holds the override files and gen's sources this package was built
// with (sources.go), or nil where they are not embedded.
var inputs fs.FS

// errStale says that _gen was generated from other sources than the ones
// this binary was built with: running it would run a standard library that
// is not the project's (a false "unlock of unlocked mutex" once).
var errStale = errors.New("runner/std/_gen is stale: run make std (go run ./runner/std/gen) and build again")

// stale reports whether _gen's stamp differs from the hash of the inputs
// built in, with the error that says so; computed once.
var stale = sync.OnceValue(func() error {
	if inputs == nil {
		return nil
	}
	return checkStamp(inputs, runtime.Version(), srcFS)
})

// checkStamp compares the stamp gen wrote in gen (an FS holding _gen) with
// the hash of the sources in inputs for Go version.
func checkStamp(inputs fs.FS, version string, gen fs.FS) error {
	want, err := stamp.Of(inputs, version)
	if err != nil {
		return fmt.Errorf("runner/std: hashing the std's sources: %v", err)
	}
	got, err := fs.ReadFile(gen, "_gen/"+stamp.File)
	if err != nil || !bytes.HasPrefix(got, []byte(want+"\n")) {
		return errStale
	}
	return nil
}
