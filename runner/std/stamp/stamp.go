// Package stamp computes the stamp of a generated standard library: a hash
// of what runner/std/gen made it from (the override files, gen's own
// sources and the Go version).
// gen writes it into runner/std/_gen, and runner/std compares it with the
// same hash of the sources it was built with, so that a stale _gen (an
// override edited since the last `make std`) is an error rather than
// wrong code.
package stamp

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// File is the name of the stamp in the generated directory.
const File = "stamp.txt"

// Of hashes the inputs of gen found in fsys, a view of runner/std: every
// file under _overlay and gen's Go sources (tests aside), and version, Go's.
func Of(fsys fs.FS, version string) (string, error) {
	var files []string
	err := fs.WalkDir(fsys, "_overlay", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	gen, err := fs.Glob(fsys, "gen/*.go")
	if err != nil {
		return "", err
	}
	for _, p := range gen {
		if !strings.HasSuffix(path.Base(p), "_test.go") {
			files = append(files, p)
		}
	}
	sort.Strings(files)
	h := sha256.New()
	fmt.Fprintf(h, "%s\n", version)
	for _, p := range files {
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s %d\n", p, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
