// Command gen gathers the standard library Interleave runs from the Go
// toolchain that builds it: it reads $(go env GOROOT)/src, merges in the
// project's override files from runner/std/_overlay, and writes the result
// to runner/std/_gen, which runner/std embeds. Nothing it writes is
// committed; `make std` runs it, and the Makefile runs that before every
// build and test.
//
// The merge works on declarations, in the manner of GopherJS's natives:
//
//   - a declaration in an override file (func, method, type, var or const)
//     replaces GOROOT's declaration of the same name in the same package;
//   - a line "//std:exclude PATTERN..." in an override file drops the
//     GOROOT files whose names match (path.Match patterns; "*" drops them
//     all, for a package the VM provides itself);
//   - a line "//std:remove NAME..." drops GOROOT declarations without
//     replacing them ("init" drops GOROOT's init functions);
//   - a line "//std:rename OLD NEW" renames GOROOT's function OLD (or
//     method, as Type.Method) to NEW, so that an override named OLD can
//     wrap it (calls inside GOROOT's package then reach the override);
//   - a line "//std:take FILE NAME..." keeps GOROOT's declarations NAME
//     (methods as Type.Method) of the package's FILE even when FILE is
//     excluded, so an override of a whole package still reads Go's own
//     API definitions (reflect's Kind names, StructTag parsing) from the
//     toolchain instead of repeating them;
//   - imports left unused by the merge are dropped, and so are comments;
//     GOROOT's blank imports go too (they are `_ "unsafe"` for linknames),
//     an override's stay (they link a package in, as Go's build would).
//
// Every generated line keeps its number in the file it came from, and the
// file's first line names that file, so positions (and tracebacks) are
// GOROOT's; an override's calls that stand for GOROOT's take GOROOT's
// lines (overlayLines). frames.go writes the traceback frames of the VM's
// intrinsics.
//
// Bodiless functions that remain are VM intrinsics (runner/vm); the
// compiler reports one that is reached and has none.
//
// It also copies GOROOT's time zone database (lib/time/zoneinfo.zip), which
// the VM serves to time.LoadLocation.
//
// Packages of other modules (modRoots: golang.org/x/sync's and x/time's)
// are gathered the same way from the module cache, where `go list` finds
// them at the versions go.mod requires.
//
// Files are chosen as `go build` would for GOOS=js GOARCH=wasm with the
// purego tag: the portable Go versions of what has assembly elsewhere.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"maps"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"interleave/runner/std/stamp"
)

// roots are the packages user programs may import; gen gathers them and
// everything they import.
var roots = []string{
	"bufio", "bytes", "cmp", "container/heap", "container/list", "container/ring",
	"context", "crypto", "crypto/hmac", "crypto/md5", "crypto/sha1", "crypto/sha256", "crypto/sha512",
	"encoding", "encoding/base32", "encoding/base64", "encoding/binary", "encoding/csv", "encoding/hex", "encoding/json", "encoding/pem", "encoding/xml", "errors", "flag",
	"fmt", "hash", "hash/adler32", "hash/crc32", "hash/crc64", "hash/fnv", "hash/maphash", "html", "io", "io/fs", "io/ioutil", "iter", "log", "log/slog",
	"maps", "math", "math/big", "math/bits", "math/cmplx", "math/rand", "math/rand/v2", "net/netip", "net/url", "os",
	"path", "path/filepath", "reflect", "regexp", "regexp/syntax", "runtime", "runtime/debug",
	"slices", "sort", "strconv", "strings", "sync", "sync/atomic", "text/scanner", "text/tabwriter", "text/template", "time", "time/tzdata",
	"unicode", "unicode/utf16", "unicode/utf8", "unique",
}

// vmOnly are gathered although user programs cannot import them (none at
// the moment: runtime, which the compiler loads for the error types of the
// VM's runtime panics, is importable too).
var vmOnly = []string{}

// wantVersion is the Go release whose std the overrides are written against.
const wantVersion = "go1.26"

func main() {
	out := flag.String("out", "runner/std/_gen", "output directory (replaced)")
	overlay := flag.String("overlay", "runner/std/_overlay", "override files, one directory per package")
	flag.Parse()
	log := func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, "std: "+format+"\n", args...)
		os.Exit(1)
	}
	goroot, version, err := toolchain()
	if err != nil {
		log("%v", err)
	}
	if version != wantVersion && !strings.HasPrefix(version, wantVersion+".") {
		log("Interleave's standard library is built from Go %s.x, but `go` is %s (GOROOT %s): install Go 1.26", strings.TrimPrefix(wantVersion, "go"), version, goroot)
	}
	modDirs, err := moduleDirs(modRoots)
	if err != nil {
		log("%v", err)
	}
	// Nothing to do when _gen was made from these very inputs.
	sum, err := stamp.Of(os.DirFS(filepath.Dir(*overlay)), version)
	if err != nil {
		log("%v", err)
	}
	want := stampText(sum, modDirs)
	if old, err := os.ReadFile(filepath.Join(*out, stamp.File)); err == nil && string(old) == want {
		return
	}
	g := &gatherer{
		goroot:  goroot,
		overlay: *overlay,
		ctxt:    build.Default,
		fset:    token.NewFileSet(),
		pkgs:    map[string]map[string][]byte{},
		modDirs: modDirs,
	}
	g.ctxt.GOOS, g.ctxt.GOARCH, g.ctxt.GOROOT = "js", "wasm", goroot
	g.ctxt.CgoEnabled = false
	g.ctxt.BuildTags = []string{"purego", "math_big_pure_go"}
	queue := slices.Concat(roots, modRoots, vmOnly)
	seen := map[string]bool{}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if seen[p] {
			continue
		}
		seen[p] = true
		imports, err := g.gather(p)
		if err != nil {
			log("%s: %v", p, err)
		}
		queue = append(queue, imports...)
	}
	if err := g.write(*out, version, want); err != nil {
		log("%v", err)
	}
}

// stampText is _gen's stamp file: the inputs' hash (stamp.Of, which
// runner/std checks against the sources it is built with), then the
// versions of the other modules' packages (which only gen can see).
func stampText(sum string, modDirs map[string]modDir) string {
	var b strings.Builder
	b.WriteString(sum + "\n")
	for _, p := range slices.Sorted(maps.Keys(modDirs)) {
		fmt.Fprintf(&b, "%s %s\n", p, modDirs[p].version)
	}
	return b.String()
}

// toolchain asks the go command for GOROOT and the Go version.
func toolchain() (goroot, version string, err error) {
	gocmd := os.Getenv("GO")
	if gocmd == "" {
		gocmd = "go"
	}
	b, err := exec.Command(gocmd, "env", "GOROOT", "GOVERSION").Output()
	if err != nil {
		return "", "", fmt.Errorf("`%s env GOROOT GOVERSION`: %v", gocmd, err)
	}
	lines := strings.Fields(string(b))
	if len(lines) != 2 {
		return "", "", fmt.Errorf("`%s env GOROOT GOVERSION` printed %q", gocmd, b)
	}
	return lines[0], lines[1], nil
}

// moduleDirs asks the go command where the sources of packages from other
// modules are: import path → directory and the module's path@version.
func moduleDirs(pkgs []string) (map[string]modDir, error) {
	gocmd := os.Getenv("GO")
	if gocmd == "" {
		gocmd = "go"
	}
	args := append([]string{"list", "-f", "{{.ImportPath}}\t{{.Dir}}\t{{.Module.Path}}@{{.Module.Version}}"}, pkgs...)
	cmd := exec.Command(gocmd, args...)
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("`%s list` of the module packages: %v", gocmd, err)
	}
	dirs := map[string]modDir{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[1] == "" {
			return nil, fmt.Errorf("`%s list` printed %q", gocmd, line)
		}
		dirs[f[0]] = modDir{dir: f[1], version: f[2]}
	}
	return dirs, nil
}

// modDir is where a package of another module is.
type modDir struct {
	dir     string // its sources
	version string // module path@version, for the generated files' origin
}

type gatherer struct {
	goroot, overlay string
	ctxt            build.Context
	fset            *token.FileSet
	pkgs            map[string]map[string][]byte // import path → file name → merged source
	modDirs         map[string]modDir            // packages of other modules
	renames         [][2]string                  // functions //std:rename renamed: new and GOROOT name, as tracebacks print them
}

// traceName is a function's name as a traceback prints it, with name for
// its own: "fmt.(*pp).printArg".
func traceName(pkgPath string, fd *ast.FuncDecl, name string) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return pkgPath + "." + name
	}
	recv, star := funcName(fd), ""
	recv = recv[:strings.IndexByte(recv, '.')]
	if _, ok := fd.Recv.List[0].Type.(*ast.StarExpr); ok {
		star = "*"
	}
	if star != "" {
		return pkgPath + ".(*" + recv + ")." + name
	}
	return pkgPath + "." + recv + "." + name
}

// gather merges one package and returns its imports.
func (g *gatherer) gather(pkgPath string) ([]string, error) {
	over, err := g.parseDir(filepath.Join(g.overlay, filepath.FromSlash(pkgPath)), nil)
	if err != nil {
		return nil, err
	}
	var excludes []string
	removed := map[string]bool{}
	replaced := map[string]bool{}
	renamed := map[string]string{}
	taken := map[string]map[string]bool{} // GOROOT file → declaration names
	for _, f := range over {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if rest, ok := strings.CutPrefix(c.Text, "//std:exclude "); ok {
					excludes = append(excludes, strings.Fields(rest)...)
				}
				if rest, ok := strings.CutPrefix(c.Text, "//std:rename "); ok {
					if f := strings.Fields(rest); len(f) == 2 {
						renamed[f[0]] = f[1]
					} else {
						return nil, fmt.Errorf("%s: //std:rename wants OLD NEW", g.fset.Position(c.Pos()))
					}
				}
				if rest, ok := strings.CutPrefix(c.Text, "//std:take "); ok {
					f := strings.Fields(rest)
					if len(f) < 2 {
						return nil, fmt.Errorf("%s: //std:take wants a GOROOT file and declaration names", g.fset.Position(c.Pos()))
					}
					if taken[f[0]] == nil {
						taken[f[0]] = map[string]bool{}
					}
					for _, n := range f[1:] {
						taken[f[0]][n] = true
					}
				}
				if rest, ok := strings.CutPrefix(c.Text, "//std:remove "); ok {
					for _, n := range strings.Fields(rest) {
						removed[n] = true
					}
				}
			}
		}
		for _, d := range f.Decls {
			for _, n := range declNames(d) {
				replaced[n] = true
			}
		}
	}
	srcDir := filepath.Join(g.goroot, "src", filepath.FromSlash(pkgPath))
	origin := "$GOROOT/src/" + pkgPath
	if m, ok := g.modDirs[pkgPath]; ok {
		srcDir = m.dir
		origin = "$GOMODCACHE/" + m.version + strings.TrimPrefix(pkgPath, strings.Split(m.version, "@")[0])
	}
	buildMatch := func(name string) bool {
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return false
		}
		ok, err := g.ctxt.MatchFile(srcDir, name)
		return err == nil && ok
	}
	excluded := func(name string) bool {
		for _, pat := range excludes {
			if ok, _ := path.Match(pat, name); ok {
				return true
			}
		}
		return false
	}
	// Every GOROOT file of the package, excluded ones too: an override
	// takes the positions of its calls from the declaration it replaces
	// (overlayLines).
	all, err := g.parseDir(srcDir, buildMatch)
	if err != nil {
		return nil, err
	}
	gorootFuncs := map[string]*ast.FuncDecl{}
	for _, f := range all {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				gorootFuncs[funcName(fd)] = fd
			}
		}
	}
	var std []*ast.File
	for _, f := range all {
		if !excluded(filepath.Base(g.fset.File(f.Pos()).Name())) {
			std = append(std, f)
		}
	}
	if len(std) == 0 && len(over) == 0 {
		return nil, fmt.Errorf("no Go files in %s", srcDir)
	}
	if len(over) == 0 && slices.Contains(excludes, "*") {
		return nil, fmt.Errorf("every GOROOT file is excluded but there is no override")
	}
	files := map[string][]byte{}
	used := map[string]bool{}
	for _, f := range std {
		name := filepath.Base(g.fset.File(f.Pos()).Name())
		var kept []ast.Decl
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if to, ok := renamed[funcName(fd)]; ok {
					g.renames = append(g.renames, [2]string{traceName(pkgPath, fd, to), traceName(pkgPath, fd, fd.Name.Name)})
					fd.Name = ast.NewIdent(to)
					kept = append(kept, d)
					continue
				}
			}
			if !dropDecl(d, replaced, removed) {
				kept = append(kept, d)
			}
		}
		f.Decls = kept
		src, err := g.render(f, origin+"/"+name, false, nil)
		if err != nil {
			return nil, err
		}
		files[name] = src
	}
	for file, names := range taken {
		f, err := parser.ParseFile(g.fset, filepath.Join(srcDir, file), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		var kept []ast.Decl
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
				kept = append(kept, d) // render drops the unused ones
				continue
			}
			take := false
			for _, n := range declNames(d) {
				if names[n] {
					take = true
					delete(names, n)
				}
			}
			if take {
				kept = append(kept, d)
			}
		}
		if len(names) > 0 {
			return nil, fmt.Errorf("//std:take %s: no declarations %v in %s", file, slices.Sorted(maps.Keys(names)), origin)
		}
		f.Decls = kept
		src, err := g.render(f, origin+"/"+file, false, nil)
		if err != nil {
			return nil, err
		}
		files["goroot_"+file] = src
	}
	for _, f := range over {
		name := filepath.Base(g.fset.File(f.Pos()).Name())
		if _, dup := files[name]; dup {
			return nil, fmt.Errorf("override %s has the name of a GOROOT file that is not excluded", name)
		}
		src, err := g.render(f, "runner/std/_overlay/"+pkgPath+"/"+name, true, g.overlayLines(f, gorootFuncs, origin))
		if err != nil {
			return nil, err
		}
		files[name] = src
	}
	// Imports come from the rendered files, after unused ones were dropped.
	for _, src := range files {
		f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.ImportsOnly)
		if err != nil {
			return nil, err
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			used[p] = true
		}
	}
	g.pkgs[pkgPath] = files
	var imports []string
	for p := range used {
		if p != "unsafe" {
			imports = append(imports, p)
		}
	}
	sort.Strings(imports)
	return imports, nil
}

// parseDir parses the Go files of dir that match (all if match is nil); a
// missing directory has none.
func (g *gatherer) parseDir(dir string, match func(string) bool) ([]*ast.File, error) {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") || (match != nil && !match(e.Name())) {
			continue
		}
		f, err := parser.ParseFile(g.fset, filepath.Join(dir, e.Name()), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

// declNames lists the names a declaration declares: "F" for a function,
// "T.M" for a method, each name of a type, var or const spec.
func declNames(d ast.Decl) []string {
	switch d := d.(type) {
	case *ast.FuncDecl:
		return []string{funcName(d)}
	case *ast.GenDecl:
		var names []string
		for _, s := range d.Specs {
			names = append(names, specNames(s)...)
		}
		return names
	}
	return nil
}

func specNames(s ast.Spec) []string {
	switch s := s.(type) {
	case *ast.TypeSpec:
		return []string{s.Name.Name}
	case *ast.ValueSpec:
		var names []string
		for _, n := range s.Names {
			names = append(names, n.Name)
		}
		return names
	}
	return nil
}

func funcName(d *ast.FuncDecl) string {
	if d.Recv == nil || len(d.Recv.List) == 0 {
		return d.Name.Name
	}
	t := d.Recv.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
			continue
		case *ast.IndexExpr:
			t = x.X
			continue
		case *ast.IndexListExpr:
			t = x.X
			continue
		case *ast.ParenExpr:
			t = x.X
			continue
		}
		break
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name + "." + d.Name.Name
	}
	return d.Name.Name
}

// dropDecl reports whether a GOROOT declaration goes, and trims the specs
// of a grouped declaration that the overrides replace. A value spec goes
// when any of its names is replaced: its names share one expression.
func dropDecl(d ast.Decl, replaced, removed map[string]bool) bool {
	gone := func(n string) bool { return replaced[n] || removed[n] }
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Name.Name == "init" && d.Recv == nil {
			return removed["init"]
		}
		return gone(funcName(d))
	case *ast.GenDecl:
		if d.Tok == token.IMPORT {
			return false
		}
		var kept []ast.Spec
		for i, s := range d.Specs {
			drop := false
			for _, n := range specNames(s) {
				if n != "_" && gone(n) {
					drop = true
				}
			}
			if drop {
				// An iota group's later specs repeat the first one's
				// expression implicitly: keep them meaningful.
				if vs, ok := s.(*ast.ValueSpec); ok && d.Tok == token.CONST && i+1 < len(d.Specs) {
					if next := d.Specs[i+1].(*ast.ValueSpec); next.Values == nil && next.Type == nil {
						next.Type, next.Values = vs.Type, vs.Values
					}
				}
				continue
			}
			kept = append(kept, s)
		}
		d.Specs = kept
		return len(kept) == 0
	}
	return false
}

// render prints a merged file without comments, its unused imports dropped;
// keepBlank keeps its blank imports (an override's).
//
// Every line keeps the number it has in the file it came from, so that a
// position in the generated file is one in GOROOT's (or the override's):
// the printer marks with //line directives where dropped comments and
// declarations left a gap, and the gap is filled with blank lines. Where
// the printed text runs ahead of the source (it never has so far) and for
// the lines of an override that stand for a GOROOT declaration's (moved),
// the file ends with "//std:line GEN FILE:LINE" comments: from generated
// line GEN on, positions are FILE's from LINE (std applies them).
func (g *gatherer) render(f *ast.File, origin string, keepBlank bool, moved map[int]string) ([]byte, error) {
	usedNames := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				usedNames[id.Name] = true
			}
		}
		return true
	})
	var imports []*ast.ImportSpec
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		var kept []ast.Spec
		for _, s := range gd.Specs {
			is := s.(*ast.ImportSpec)
			p, _ := strconv.Unquote(is.Path.Value)
			name := path.Base(p)
			if isMajorVersion(name) { // math/rand/v2 is package rand
				name = path.Base(path.Dir(p))
			}
			if is.Name != nil {
				name = is.Name.Name
			}
			if name == "." || (name == "_" && (!keepBlank || p == "unsafe")) || (name != "_" && !usedNames[name]) {
				continue
			}
			kept = append(kept, is)
			imports = append(imports, is)
		}
		gd.Specs = kept
		if len(kept) > 1 && gd.Lparen == token.NoPos {
			gd.Lparen = gd.Pos()
		}
	}
	f.Decls = slices.DeleteFunc(f.Decls, func(d ast.Decl) bool {
		gd, ok := d.(*ast.GenDecl)
		return ok && gd.Tok == token.IMPORT && len(gd.Specs) == 0
	})
	f.Imports = imports
	f.Comments = nil
	f.Doc = nil
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			n.Doc = nil
		case *ast.GenDecl:
			n.Doc = nil
		case *ast.Field:
			n.Doc, n.Comment = nil, nil
		case *ast.ValueSpec:
			n.Doc, n.Comment = nil, nil
		case *ast.TypeSpec:
			n.Doc, n.Comment = nil, nil
		case *ast.ImportSpec:
			n.Doc, n.Comment = nil, nil
		}
		return true
	})
	var printed bytes.Buffer
	cfg := printer.Config{Mode: printer.UseSpaces | printer.TabIndent | printer.SourcePos, Tabwidth: 8}
	if err := cfg.Fprint(&printed, g.fset, f); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "// Code generated by runner/std/gen from %s. DO NOT EDIT.\n", origin)
	line := 2                  // the generated line the next one written gets
	shift := 0                 // the source line minus the generated line, from line on
	remaps := map[int]string{} // generated line → its source position
	for _, l := range strings.SplitAfter(printed.String(), "\n") {
		if rest, ok := strings.CutPrefix(l, "//line "); ok {
			i := strings.LastIndexByte(rest, ':')
			n, err := strconv.Atoi(strings.TrimSpace(rest[i+1:]))
			if i < 0 || err != nil {
				return nil, fmt.Errorf("merged %s: the printer wrote %q", origin, l)
			}
			for line < n {
				buf.WriteString("\n")
				line++
			}
			if n-line != shift {
				shift = n - line
				remaps[line] = fmt.Sprintf("%s:%d", origin, n)
			}
			continue
		}
		if l == "" {
			continue
		}
		buf.WriteString(l)
		line++
	}
	// The moved lines of an override: from each, its GOROOT line; from the
	// line after, the override's own again.
	if len(moved) > 0 && len(remaps) > 0 {
		return nil, fmt.Errorf("merged %s: an override printed ahead of its source", origin)
	}
	for gen, at := range moved {
		remaps[gen] = at
		if moved[gen+1] == "" {
			remaps[gen+1] = fmt.Sprintf("%s:%d", origin, gen+1)
		}
	}
	for _, gen := range slices.Sorted(maps.Keys(remaps)) {
		fmt.Fprintf(&buf, "//std:line %d %s\n", gen, remaps[gen])
	}
	src := buf.Bytes()
	// Prove the result well-formed.
	if _, err := parser.ParseFile(token.NewFileSet(), origin, src, parser.SkipObjectResolution); err != nil {
		return nil, fmt.Errorf("merged %s: %v", origin, err)
	}
	return src, nil
}

// overlayLines finds, for the functions of an override file that stand for
// GOROOT's (same name, in the package's GOROOT files, excluded or not), the
// GOROOT line of each of their calls, go and defer statements: the n-th
// call of the same function (as written) in GOROOT's body, or its last.
// A traceback of the override's frame then names the line Go's would
// (sync.(*Once).Do calling doSlow at once.go:69). Result: override line →
// "FILE:LINE" in GOROOT, with FILE under origin.
func (g *gatherer) overlayLines(f *ast.File, goroot map[string]*ast.FuncDecl, origin string) map[int]string {
	moved := map[int]string{}
	// "//std:line CALL" at the end of a line says which of GOROOT's calls
	// the line stands for ("panic#2": the second panic), for a call of an
	// intrinsic that raises what GOROOT's code raises there.
	said := map[int]string{}
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if rest, ok := strings.CutPrefix(c.Text, "//std:line "); ok {
				said[g.fset.Position(c.Pos()).Line] = strings.TrimSpace(rest)
			}
		}
	}
	where := func(p token.Pos) string {
		pos := g.fset.Position(p)
		return fmt.Sprintf("%s/%s:%d", origin, filepath.Base(pos.Filename), pos.Line)
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		gd := goroot[funcName(fd)]
		if gd == nil {
			continue
		}
		theirs := map[string][]token.Pos{}
		for _, c := range callSites(gd) {
			theirs[c.key] = append(theirs[c.key], c.pos)
		}
		from, to := g.fset.Position(fd.Pos()).Line, g.fset.Position(fd.End()).Line
		for line, call := range said {
			if line < from || line > to {
				continue
			}
			key, nth := call, 1
			if i := strings.IndexByte(key, '#'); i >= 0 {
				fmt.Sscan(key[i+1:], &nth)
				key = key[:i]
			}
			if at := theirs[key]; nth >= 1 && nth <= len(at) {
				moved[line] = where(at[nth-1])
			}
		}
		seen := map[string]int{}
		for _, c := range callSites(fd) {
			at := theirs[c.key]
			if len(at) == 0 {
				continue
			}
			p := at[min(seen[c.key], len(at)-1)]
			seen[c.key]++
			line := g.fset.Position(c.pos).Line
			if _, dup := moved[line]; !dup {
				moved[line] = where(p)
			}
		}
		// The declaration's line is GOROOT's (unless a call on it took
		// it): a frame with no line of its own still names GOROOT's file.
		if line := g.fset.Position(fd.Pos()).Line; moved[line] == "" {
			moved[line] = where(gd.Pos())
		}
	}
	return moved
}

// site is a call, go or defer statement of a function body, keyed by what
// it calls as written ("panic", "o.doSlow", "go", "defer").
type site struct {
	key string
	pos token.Pos
}

// callSites lists a function's call sites in source order.
func callSites(fd *ast.FuncDecl) []site {
	var out []site
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			out = append(out, site{types.ExprString(n.Fun), n.Lparen})
		case *ast.GoStmt:
			out = append(out, site{"go", n.Go})
		case *ast.DeferStmt:
			out = append(out, site{"defer", n.Defer})
		}
		return true
	})
	return out
}

// isMajorVersion reports whether an import path element is "v2", "v3"...
func isMajorVersion(elem string) bool {
	if len(elem) < 2 || elem[0] != 'v' {
		return false
	}
	_, err := strconv.Atoi(elem[1:])
	return err == nil
}

// write replaces out with the merged packages, an index of the packages
// user programs may import, and GOROOT's time zone database.
func (g *gatherer) write(out, version, stampText string) error {
	tmp := out + ".tmp"
	os.RemoveAll(tmp)
	for p, files := range g.pkgs {
		dir := filepath.Join(tmp, filepath.FromSlash(p))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		for name, src := range files {
			if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
				return err
			}
		}
	}
	var index bytes.Buffer
	fmt.Fprintf(&index, "# Generated by runner/std/gen from %s. Packages user programs may import:\n", version)
	public := slices.Concat(roots, modRoots)
	sort.Strings(public)
	for _, p := range public {
		fmt.Fprintln(&index, p)
	}
	if err := os.WriteFile(filepath.Join(tmp, "packages.txt"), index.Bytes(), 0o644); err != nil {
		return err
	}
	// Go's time zone database, for time.LoadLocation (runner/vm/zones.go):
	// the playground has no zoneinfo files but, like Go's own playground,
	// GOROOT's copy of the database.
	zones, err := os.ReadFile(filepath.Join(g.goroot, "lib", "time", "zoneinfo.zip"))
	if err != nil {
		return fmt.Errorf("reading GOROOT's time zone database: %v", err)
	}
	if err := os.WriteFile(filepath.Join(tmp, "zoneinfo.zip"), zones, 0o644); err != nil {
		return err
	}
	frames, err := g.frames()
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, "frames.txt"), frames, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, stamp.File), []byte(stampText), 0o644); err != nil {
		return err
	}
	// The placeholder keeps `go build` working before the first gen run.
	if err := os.WriteFile(filepath.Join(tmp, ".keep"), nil, 0o644); err != nil {
		return err
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	return os.Rename(tmp, out)
}
