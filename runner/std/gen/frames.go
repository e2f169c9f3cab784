package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
)

// The frames Go's traceback shows where Interleave runs a VM intrinsic
// instead of GOROOT's code: a goroutine blocked in sync.(*Mutex).Lock shows
// the runtime's semaphore and internal/sync's Mutex above the caller, and
// one whose Unlock finds the mutex unlocked shows internal/sync.fatal.
// gen finds each frame's line in GOROOT (the line of its call of the next
// frame's function), so the table follows the toolchain; the VM reads it
// (runner/vm: intrinsicFrames) and prints the frames above the caller.

// frameSpec is one frame: the function as a traceback names it, the GOROOT
// file and declaration ("Type.Method" or "func") holding the call, and the
// call as written (as in overlayLines), "#n" picking the n-th such call.
type frameSpec struct {
	name, file, decl, call string
}

// intrinsicStack is the frames, innermost first, of an intrinsic's call in
// one state: "NAME WAIT" while blocked with Go's wait reason WAIT, "NAME
// running" when it raised a panic or a fatal error.
type intrinsicStack struct {
	key    string
	frames []frameSpec
}

// internal/sync's Mutex under sync's.
var (
	mutexLock = []frameSpec{
		{"internal/sync.runtime_SemacquireMutex", "runtime/sema.go", "internal_sync_runtime_SemacquireMutex", "semacquire1"},
		{"internal/sync.(*Mutex).lockSlow", "internal/sync/mutex.go", "Mutex.lockSlow", "runtime_SemacquireMutex"},
		{"internal/sync.(*Mutex).Lock", "internal/sync/mutex.go", "Mutex.Lock", "m.lockSlow"},
		{"sync.(*Mutex).Lock", "sync/mutex.go", "Mutex.Lock", "m.mu.Lock"},
	}
	syncFatal = frameSpec{"sync.fatal", "runtime/panic.go", "sync_fatal", "fatal"}
)

var intrinsicStacks = []intrinsicStack{
	{"(*sync.Mutex).Lock sync.Mutex.Lock", mutexLock},
	{"(*sync.RWMutex).Lock sync.Mutex.Lock", append(mutexLock[:len(mutexLock):len(mutexLock)],
		frameSpec{"sync.(*RWMutex).Lock", "sync/rwmutex.go", "RWMutex.Lock", "rw.w.Lock"})},
	{"(*sync.RWMutex).Lock sync.RWMutex.Lock", []frameSpec{
		{"sync.runtime_SemacquireRWMutex", "runtime/sema.go", "sync_runtime_SemacquireRWMutex", "semacquire1"},
		{"sync.(*RWMutex).Lock", "sync/rwmutex.go", "RWMutex.Lock", "runtime_SemacquireRWMutex"},
	}},
	{"(*sync.RWMutex).RLock sync.RWMutex.RLock", []frameSpec{
		{"sync.runtime_SemacquireRWMutexR", "runtime/sema.go", "sync_runtime_SemacquireRWMutexR", "semacquire1"},
		{"sync.(*RWMutex).RLock", "sync/rwmutex.go", "RWMutex.RLock", "runtime_SemacquireRWMutexR"},
	}},
	{"(*sync.WaitGroup).Wait sync.WaitGroup.Wait", []frameSpec{
		{"sync.runtime_SemacquireWaitGroup", "runtime/sema.go", "sync_runtime_SemacquireWaitGroup", "semacquire1"},
		{"sync.(*WaitGroup).Wait", "sync/waitgroup.go", "WaitGroup.Wait", "runtime_SemacquireWaitGroup"},
	}},
	{"sync.runtime_notifyListWait sync.Cond.Wait", []frameSpec{
		{"sync.runtime_notifyListWait", "runtime/sema.go", "notifyListWait", "goparkunlock"},
	}},
	{"(*sync.Mutex).Unlock running", []frameSpec{
		{"internal/sync.fatal", "runtime/panic.go", "internal_sync_fatal", "fatal"},
		{"internal/sync.(*Mutex).unlockSlow", "internal/sync/mutex.go", "Mutex.unlockSlow", "fatal"},
		{"internal/sync.(*Mutex).Unlock", "internal/sync/mutex.go", "Mutex.Unlock", "m.unlockSlow"},
		{"sync.(*Mutex).Unlock", "sync/mutex.go", "Mutex.Unlock", "m.mu.Unlock"},
	}},
	{"(*sync.RWMutex).Unlock running", []frameSpec{
		syncFatal,
		{"sync.(*RWMutex).Unlock", "sync/rwmutex.go", "RWMutex.Unlock", "fatal"},
	}},
	{"(*sync.RWMutex).RUnlock running", []frameSpec{
		syncFatal,
		{"sync.(*RWMutex).rUnlockSlow", "sync/rwmutex.go", "RWMutex.rUnlockSlow", "fatal"},
		{"sync.(*RWMutex).RUnlock", "sync/rwmutex.go", "RWMutex.RUnlock", "rw.rUnlockSlow"},
	}},
	// The panic of a negative counter (the misuse panic, the next one, is
	// rarer; it shows this line too).
	{"(*sync.WaitGroup).Add running", []frameSpec{
		{"sync.(*WaitGroup).Add", "sync/waitgroup.go", "WaitGroup.Add", "panic"},
	}},
	{"(*sync.Cond).Signal running", []frameSpec{
		{"sync.(*copyChecker).check", "sync/cond.go", "copyChecker.check", "panic"},
		{"sync.(*Cond).Signal", "sync/cond.go", "Cond.Signal", "c.checker.check"},
	}},
	{"(*sync.Cond).Broadcast running", []frameSpec{
		{"sync.(*copyChecker).check", "sync/cond.go", "copyChecker.check", "panic"},
		{"sync.(*Cond).Broadcast", "sync/cond.go", "Cond.Broadcast", "c.checker.check"},
	}},
	{"time.Sleep sleep", []frameSpec{
		{"time.Sleep", "runtime/time.go", "timeSleep", "gopark#2"},
	}},
	// The goroutine of a time.AfterFunc's function: "created by time.goFunc".
	{"time.goFunc created", []frameSpec{
		{"time.goFunc", "time/sleep.go", "goFunc", "go"},
	}},
	// The runtime's own frames that Go's traceback shows (showframe):
	// gopanic, printed as panic(...), under a deferred call a panic runs
	// and under an Error or String method preprintpanics runs for a panic
	// value; runtime.Goexit (exported) under a deferred call Goexit runs.
	{"runtime gopanic", []frameSpec{{"panic", "runtime/panic.go", "gopanic", "fn"}}},
	{"runtime preprintpanics", []frameSpec{{"panic", "runtime/panic.go", "gopanic", "preprintpanics"}}},
	{"runtime Goexit", []frameSpec{{"runtime.Goexit", "runtime/panic.go", "Goexit", "fn"}}},
	// runtime.SetFinalizer's throws (the VM's final.go names the check:
	// "runtime.SetFinalizer nil" …), each at its own line, and the
	// frame under a finalizer or a cleanup the runtime's goroutine runs.
	{"runtime.SetFinalizer nil", setFinalizerAt("throw#1")},
	{"runtime.SetFinalizer notptr", setFinalizerAt("throw#2")},
	{"runtime.SetFinalizer notinblock", setFinalizerAt("throw#5")},
	{"runtime.SetFinalizer notbegin", setFinalizerAt("throw#6")},
	{"runtime.SetFinalizer notfunc", setFinalizerAt("throw#7")},
	{"runtime.SetFinalizer dotdotdot", setFinalizerAt("throw#8")},
	{"runtime.SetFinalizer incount", setFinalizerAt("throw#9")},
	{"runtime.SetFinalizer cannotpass", setFinalizerAt("throw#10")},
	{"runtime.SetFinalizer already", setFinalizerAt("systemstack#2")},
	// ... a throw on the system stack: Go prints that stack first.
	{"runtime.SetFinalizer already systemstack", []frameSpec{{"runtime.SetFinalizer.func2", "runtime/mfinal.go", "SetFinalizer", "throw#11"}}},
	{"runtime runFinalizers", []frameSpec{{"runtime.runFinalizers", "runtime/mfinal.go", "runFinalizers", "reflectcall"}}},
	{"runtime runCleanups", []frameSpec{{"runtime.runCleanups", "runtime/mcleanup.go", "runCleanups", "c.call"}}},
	{"sync.notifyAdd running", []frameSpec{
		{"sync.(*copyChecker).check", "sync/cond.go", "copyChecker.check", "panic"},
	}},
}

// setFinalizerAt is runtime.SetFinalizer's frame at one of its calls.
func setFinalizerAt(call string) []frameSpec {
	return []frameSpec{{"runtime.SetFinalizer", "runtime/mfinal.go", "SetFinalizer", call}}
}

// frames renders intrinsicStacks with GOROOT's lines: a line "KEY" and,
// for each frame, "\tNAME\tFILE:LINE", FILE under $GOROOT/src; then
// "renamed" and, for each function //std:rename renamed, "\tNEW\tOLD".
func (g *gatherer) frames() ([]byte, error) {
	fset := token.NewFileSet()
	parsed := map[string]map[string]*ast.FuncDecl{}
	var buf bytes.Buffer
	for _, st := range intrinsicStacks {
		fmt.Fprintf(&buf, "%s\n", st.key)
		for _, fr := range st.frames {
			decls := parsed[fr.file]
			if decls == nil {
				f, err := parser.ParseFile(fset, filepath.Join(g.goroot, "src", filepath.FromSlash(fr.file)), nil, parser.SkipObjectResolution)
				if err != nil {
					return nil, err
				}
				decls = map[string]*ast.FuncDecl{}
				for _, d := range f.Decls {
					if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
						decls[funcName(fd)] = fd
					}
				}
				parsed[fr.file] = decls
			}
			fd := decls[fr.decl]
			if fd == nil {
				return nil, fmt.Errorf("traceback frames: no func %s in $GOROOT/src/%s", fr.decl, fr.file)
			}
			call, nth := fr.call, 1
			if i := strings.IndexByte(call, '#'); i >= 0 {
				fmt.Sscan(call[i+1:], &nth)
				call = call[:i]
			}
			line := 0
			for _, s := range callSites(fd) {
				if s.key == call {
					if nth--; nth == 0 {
						line = fset.Position(s.pos).Line
						break
					}
				}
			}
			if line == 0 {
				return nil, fmt.Errorf("traceback frames: %s in $GOROOT/src/%s calls no %s", fr.decl, fr.file, fr.call)
			}
			fmt.Fprintf(&buf, "\t%s\t$GOROOT/src/%s:%d\n", fr.name, fr.file, line)
		}
	}
	// Functions an override wraps under their GOROOT name: a traceback
	// prints the GOROOT function by its name and leaves the wrapper out.
	buf.WriteString("renamed\n")
	slices.SortFunc(g.renames, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	for _, r := range g.renames {
		fmt.Fprintf(&buf, "\t%s\t%s\n", r[0], r[1])
	}
	return buf.Bytes(), nil
}
