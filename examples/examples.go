// Package examples holds the programs of Interleave's lessons on concurrent
// map access: the crash from the seed article, its mutex fix, the pitfalls
// of locking, and the alternatives from the article's decision matrix
// (RWMutex, sync.Map, an owning goroutine, local maps, sequential code).
//
// Each program is a complete `package main` in its own file. The files carry
// a `//go:build ignore` line so that they stay out of this package while
// `go run examples/crashmap.go` still works; the files are embedded, and
// Source holds each program without that line.
package examples

import (
	"embed"
	"strings"
)

//go:embed *.go
var files embed.FS

// Example is one lesson program and what a learner should expect from it.
type Example struct {
	Name          string   // short identifier, e.g. "crashmap"
	File          string   // file name in this directory, e.g. "crashmap.go"
	Title         string   // one line for menus
	Summary       string   // two or three sentences explaining the lesson
	Expect        string   // "fatal", "deadlock" or "ok": the outcome with every lock on
	ExpectMessage string   // first line of stderr when Expect is not "ok"
	Category      string   // decision-matrix slot: crash, mutex, rwmutex, syncmap, owner, local, sequential, pitfall
	Toggle        []string // hints: which lock calls to switch off to see the lesson
	Source        string   // the program, without its //go:build line
}

// Outcomes an example may expect.
const (
	ExpectFatal    = "fatal"
	ExpectDeadlock = "deadlock"
	ExpectOK       = "ok"
)

// meta lists the examples in teaching order; Source is filled from the files.
var meta = []Example{
	{
		Name:          "crashmap",
		Title:         "The crash: a map shared without a lock",
		Summary:       "One goroutine keeps writing a map while another keeps reading it, and nothing keeps them apart. Go's runtime notices the overlap and kills the program with a fatal error that recover cannot catch. On real hardware the overlap is rare, so Interleave searches the schedules until it shows up.",
		Expect:        ExpectFatal,
		ExpectMessage: "fatal error: concurrent map read and map write",
		Category:      "crash",
	},
	{
		Name:     "cache",
		Title:    "The fix: a Cache guarded by a sync.Mutex",
		Summary:  "Every read and write of the map happens inside a method that holds the cache's mutex, so a reader and a writer are never in the map together. Turn the locks off and the fatal error from the first lesson comes back; turn them on and no schedule can crash it.",
		Expect:   ExpectOK,
		Category: "mutex",
		Toggle:   []string{"c.mu.Lock in Set", "c.mu.Unlock in Set (deferred)", "c.mu.Lock in Get", "c.mu.Unlock in Get (deferred)"},
	},
	{
		Name:          "deadlock",
		Title:         "Pitfall: locking a mutex you already hold",
		Summary:       "DeadlockExample takes the lock and then calls Set, which asks for the same lock again. A Go mutex is not re-entrant, so the goroutine waits for itself and nothing else can run. The runtime sees every goroutine asleep and stops the program.",
		Expect:        ExpectDeadlock,
		ExpectMessage: "fatal error: all goroutines are asleep - deadlock!",
		Category:      "pitfall",
		Toggle:        []string{"c.mu.Lock in DeadlockExample", "c.mu.Unlock in DeadlockExample"},
	},
	{
		Name:     "slowlock",
		Title:    "Pitfall: slow work inside the critical section",
		Summary:  "Each worker sleeps for 100ms while holding the lock, so four workers run one after another and take 400ms. Only the map update needs protection; doing the slow part before locking lets the workers overlap. Switching the lock off makes it fast but lets the map writes collide.",
		Expect:   ExpectOK,
		Category: "pitfall",
		Toggle:   []string{"r.mu.Lock in Record", "r.mu.Unlock in Record (deferred)"},
	},
	{
		Name:     "rwmutex",
		Title:    "Many readers, one writer: sync.RWMutex",
		Summary:  "Readers share the lock through RLock and can read at the same time, while the single writer takes Lock and has the map to itself. It pays off when reads far outnumber writes; with frequent writes a plain Mutex is simpler and just as fast.",
		Expect:   ExpectOK,
		Category: "rwmutex",
		Toggle:   []string{"s.mu.RLock in Get", "s.mu.RUnlock in Get (deferred)", "s.mu.Lock in Set", "s.mu.Unlock in Set (deferred)"},
	},
	{
		Name:     "syncmap",
		Title:    "sync.Map for goroutines with keys of their own",
		Summary:  "sync.Map can be used from many goroutines without an extra lock. It does best when each goroutine sticks to its own keys, as every worker does here; when they all fight over the same keys it is no faster than a mutex.",
		Expect:   ExpectOK,
		Category: "syncmap",
	},
	{
		Name:     "owner",
		Title:    "One goroutine owns the map; the rest send messages",
		Summary:  "Only the owner goroutine ever touches the map, and everyone else sends it requests over a channel. With a single owner there is nothing to lock: the channel already puts the requests in order.",
		Expect:   ExpectOK,
		Category: "owner",
	},
	{
		Name:     "localmap",
		Title:    "Local maps, merged at the end",
		Summary:  "Each worker counts into a map that only it can see, so the workers never share anything. Main merges the small maps after Wait, when every worker is done with its own.",
		Expect:   ExpectOK,
		Category: "local",
	},
	{
		Name:     "sequential",
		Title:    "No goroutines at all",
		Summary:  "The same word count written as plain sequential code. When the work is small, a single goroutine with a single map is the simplest correct program and needs no synchronisation at all.",
		Expect:   ExpectOK,
		Category: "sequential",
	},
}

var all = load()

func load() []Example {
	out := make([]Example, len(meta))
	for i, e := range meta {
		e.File = e.Name + ".go"
		src, err := files.ReadFile(e.File)
		if err != nil {
			panic("examples: missing " + e.File)
		}
		e.Source = stripBuildTag(string(src))
		e.Toggle = append([]string(nil), e.Toggle...)
		out[i] = e
	}
	return out
}

// stripBuildTag removes a leading "//go:build ..." line and the blank line after it.
func stripBuildTag(src string) string {
	if !strings.HasPrefix(src, "//go:build ") {
		return src
	}
	_, rest, _ := strings.Cut(src, "\n")
	return strings.TrimPrefix(rest, "\n")
}

// All returns every example in teaching order. The slice is a fresh copy.
func All() []Example {
	out := make([]Example, len(all))
	for i, e := range all {
		e.Toggle = append([]string(nil), e.Toggle...)
		out[i] = e
	}
	return out
}

// Get returns the example with the given name.
func Get(name string) (Example, bool) {
	for _, e := range All() {
		if e.Name == name {
			return e, true
		}
	}
	return Example{}, false
}
