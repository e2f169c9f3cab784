//go:build js && wasm

package main

import (
	"context"
	"errors"
	"syscall/js"
	"time"

	"github.com/hack-pad/go-indexeddb/idb"
)

// Storage keeps drafts, the run history and settings in IndexedDB (through
// github.com/hack-pad/go-indexeddb), or in memory when the browser refuses
// it (private modes, blocked storage): the page then says so once and
// works on.
//
// The schema of database "interleave", by version:
//
//	1  "drafts"    key → the code, a string
//	2  "drafts"    key → {src, off, seed, strategy, saved}; a version-1
//	               string still reads, as {src}
//	   "runs"      auto-increment id → a runRecord; the last historyLimit kept
//	   "settings"  "settings" → {theme, fontSize, strategy, depth, timeLimit};
//	               depth and timeLimit came later and read as 0 when absent
//
// idb's calls wait for the browser, so each runs in its own goroutine and
// reports through a callback. The page has one thread and the app never
// waits, so a callback runs between, never inside, the app's other work.

const (
	dbName        = "interleave"
	schemaVersion = 2
	historyLimit  = 50
)

// draft is one document (an example or a share link) as the person left it.
type draft struct {
	Src      string
	Off      []string // switched-off lock pairs, by model.Locks key
	Seed     int
	Strategy string
	Saved    float64 // ms since 1970
}

// runRecord is one finished run in the history.
type runRecord struct {
	ID       int
	Title    string // what was open: an example's title, or "Shared program"
	Src      string
	Off      []string
	Seed     int
	Strategy string
	Schedule string // the token that replays the run
	Outcome  string // "finished", or the failure's message
	Failed   bool
	When     float64
}

// settings are the person's preferences.
type settings struct {
	Theme     string // "", "light" or "dark"
	FontSize  int    // px; 0 is the default
	Strategy  string // the default exploration strategy
	Depth     int    // PCT bug depth; 0 is the runner's default
	TimeLimit int    // exploration time limit in seconds; 0 is none
}

type store interface {
	draft(key string, done func(d draft, ok bool))
	saveDraft(key string, d draft)
	addRun(r runRecord, done func())
	runs(done func([]runRecord)) // newest first
	settings(done func(settings))
	saveSettings(s settings)
}

// openStore opens IndexedDB; when that fails, done gets a memory store and
// the reason.
func openStore(done func(store, error)) {
	go func() {
		s, err := openIDB()
		if err != nil {
			done(newMemStore(), err)
			return
		}
		done(s, nil)
	}()
}

func openIDB() (s *idbStore, err error) {
	defer func() {
		// Reflect.get and idb panic when the page may not use indexedDB.
		if p := recover(); p != nil {
			s, err = nil, errors.New("IndexedDB is not available")
			if e, ok := p.(js.Error); ok {
				err = errors.New(e.Get("message").String())
			}
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	// Reading indexedDB can throw (blocked storage, sandboxed frames), and
	// an exception thrown by a property read unwinds through Go's stack
	// unchecked; Reflect.get turns it into a call, whose exceptions Go
	// catches as a panic.
	if f := js.Global().Get("Reflect").Call("get", js.Global(), "indexedDB"); !f.Truthy() {
		return nil, errors.New("IndexedDB is not available")
	}
	req, err := idb.Global().Open(ctx, dbName, schemaVersion, upgrade)
	if err != nil {
		return nil, err
	}
	db, err := req.Await(ctx)
	if err != nil {
		return nil, err
	}
	return &idbStore{db: db}, nil
}

// upgrade brings a database of any older version to schemaVersion.
func upgrade(db *idb.Database, oldVersion, _ uint) error {
	if oldVersion < 1 {
		if _, err := db.CreateObjectStore("drafts", idb.ObjectStoreOptions{}); err != nil {
			return err
		}
	}
	if oldVersion < 2 {
		// Version-1 drafts stay as they are: draftOf reads both forms.
		if _, err := db.CreateObjectStore("runs", idb.ObjectStoreOptions{KeyPath: js.ValueOf("id"), AutoIncrement: true}); err != nil {
			return err
		}
		if _, err := db.CreateObjectStore("settings", idb.ObjectStoreOptions{}); err != nil {
			return err
		}
	}
	return nil
}

type idbStore struct{ db *idb.Database }

// do runs f on one object store in a transaction of its own, in a
// goroutine, and calls done (if set) with f's value once the transaction
// ended. Failures are logged to the console: losing a draft save is not
// worth interrupting anyone.
func (s *idbStore) do(name string, mode idb.TransactionMode, f func(*idb.ObjectStore) (js.Value, error), done func(js.Value, bool)) {
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		v := js.Undefined()
		txn, err := s.db.Transaction(mode, name)
		if err == nil {
			var st *idb.ObjectStore
			if st, err = txn.ObjectStore(name); err == nil {
				v, err = f(st)
			}
		}
		if err == nil && mode == idb.TransactionReadWrite {
			err = txn.Await(ctx)
		}
		if err != nil {
			js.Global().Get("console").Call("warn", "interleave: storage: "+err.Error())
		}
		if done != nil {
			done(v, err == nil)
		}
	}()
}

func (s *idbStore) draft(key string, done func(draft, bool)) {
	s.do("drafts", idb.TransactionReadOnly, func(st *idb.ObjectStore) (js.Value, error) {
		req, err := st.Get(js.ValueOf(key))
		if err != nil {
			return js.Undefined(), err
		}
		return req.Await(context.Background())
	}, func(v js.Value, ok bool) {
		ok = ok && (v.Type() == js.TypeString || v.Type() == js.TypeObject)
		done(draftOf(v), ok)
	})
}

func (s *idbStore) saveDraft(key string, d draft) {
	s.do("drafts", idb.TransactionReadWrite, func(st *idb.ObjectStore) (js.Value, error) {
		_, err := st.PutKey(js.ValueOf(key), d.value())
		return js.Undefined(), err
	}, nil)
}

func (s *idbStore) addRun(r runRecord, done func()) {
	s.do("runs", idb.TransactionReadWrite, func(st *idb.ObjectStore) (js.Value, error) {
		if _, err := st.Add(r.value()); err != nil {
			return js.Undefined(), err
		}
		req, err := st.GetAllKeys()
		if err != nil {
			return js.Undefined(), err
		}
		keys, err := req.Await(context.Background())
		for i := 0; err == nil && i < len(keys)-historyLimit; i++ {
			_, err = st.Delete(keys[i])
		}
		return js.Undefined(), err
	}, func(js.Value, bool) { done() })
}

func (s *idbStore) runs(done func([]runRecord)) {
	var out []runRecord
	s.do("runs", idb.TransactionReadOnly, func(st *idb.ObjectStore) (js.Value, error) {
		req, err := st.OpenCursor(idb.CursorPrevious)
		if err != nil {
			return js.Undefined(), err
		}
		return js.Undefined(), req.Iter(context.Background(), func(c *idb.CursorWithValue) error {
			v, err := c.Value()
			if err == nil && len(out) < historyLimit {
				out = append(out, runOf(v))
			}
			return err
		})
	}, func(js.Value, bool) { done(out) })
}

func (s *idbStore) settings(done func(settings)) {
	s.do("settings", idb.TransactionReadOnly, func(st *idb.ObjectStore) (js.Value, error) {
		req, err := st.Get(js.ValueOf("settings"))
		if err != nil {
			return js.Undefined(), err
		}
		return req.Await(context.Background())
	}, func(v js.Value, _ bool) {
		done(settings{Theme: str(v, "theme"), FontSize: num(v, "fontSize"), Strategy: str(v, "strategy"),
			Depth: num(v, "depth"), TimeLimit: num(v, "timeLimit")})
	})
}

func (s *idbStore) saveSettings(set settings) {
	s.do("settings", idb.TransactionReadWrite, func(st *idb.ObjectStore) (js.Value, error) {
		v := js.ValueOf(map[string]any{"theme": set.Theme, "fontSize": set.FontSize, "strategy": set.Strategy,
			"depth": set.Depth, "timeLimit": set.TimeLimit})
		_, err := st.PutKey(js.ValueOf("settings"), v)
		return js.Undefined(), err
	}, nil)
}

// memStore keeps everything for as long as the tab lives.
type memStore struct {
	drafts map[string]draft
	list   []runRecord // oldest first
	nextID int
	set    settings
}

func newMemStore() *memStore { return &memStore{drafts: map[string]draft{}} }

func (m *memStore) draft(key string, done func(draft, bool)) {
	d, ok := m.drafts[key]
	done(d, ok)
}

func (m *memStore) saveDraft(key string, d draft) { m.drafts[key] = d }

func (m *memStore) addRun(r runRecord, done func()) {
	m.nextID++
	r.ID = m.nextID
	m.list = append(m.list, r)
	if len(m.list) > historyLimit {
		m.list = m.list[len(m.list)-historyLimit:]
	}
	done()
}

func (m *memStore) runs(done func([]runRecord)) {
	out := make([]runRecord, len(m.list))
	for i, r := range m.list {
		out[len(out)-1-i] = r
	}
	done(out)
}

func (m *memStore) settings(done func(settings)) { done(m.set) }

func (m *memStore) saveSettings(s settings) { m.set = s }

// The stored forms: plain objects, read back field by field so that a
// damaged or foreign record reads as empty fields, never as a crash.

func (d draft) value() js.Value {
	return js.ValueOf(map[string]any{"src": d.Src, "off": strs(d.Off), "seed": d.Seed, "strategy": d.Strategy, "saved": d.Saved})
}

func draftOf(v js.Value) draft {
	if v.Type() == js.TypeString {
		return draft{Src: v.String()} // version 1
	}
	return draft{Src: str(v, "src"), Off: list(field(v, "off"), jsString), Seed: num(v, "seed"),
		Strategy: str(v, "strategy"), Saved: float(v, "saved")}
}

func (r runRecord) value() js.Value {
	return js.ValueOf(map[string]any{"title": r.Title, "src": r.Src, "off": strs(r.Off), "seed": r.Seed,
		"strategy": r.Strategy, "schedule": r.Schedule, "outcome": r.Outcome, "failed": r.Failed, "when": r.When})
}

func runOf(v js.Value) runRecord {
	return runRecord{ID: num(v, "id"), Title: str(v, "title"), Src: str(v, "src"), Off: list(field(v, "off"), jsString),
		Seed: num(v, "seed"), Strategy: str(v, "strategy"), Schedule: str(v, "schedule"), Outcome: str(v, "outcome"),
		Failed: flag(v, "failed"), When: float(v, "when")}
}

func jsString(v js.Value) string {
	if v.Type() == js.TypeString {
		return v.String()
	}
	return ""
}

func strs(xs []string) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func now() float64 { return js.Global().Get("Date").Call("now").Float() }
