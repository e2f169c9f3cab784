//go:build js && wasm

package main

import (
	"slices"
	"syscall/js"
)

// Documents and their drafts. What is open is a document: a built-in
// example ("example:NAME") or a share link ("link:HASH"). Every change to
// its code, lock switches, seed or strategy is saved, after a pause, as that
// document's draft, and opening the document again restores the draft. The
// example's original comes back by picking the example once more.

const draftDelay = 700 // ms of quiet before a draft is saved

// openDocument opens what the page's URL names: a share link, an example
// (?example=NAME or #example=NAME), or else the first example.
func (a *app) openDocument() {
	if isShareLink() {
		a.openShared(func(then func()) { a.openExampleThen(a.examples.find(exampleFromURL()), false, then) }, nil)
		return
	}
	a.openExample(a.examples.find(exampleFromURL()), false)
}

// openExample opens ex (the first example when nil) and restores its
// draft unless fresh.
func (a *app) openExample(ex *exampleInfo, fresh bool) { a.openExampleThen(ex, fresh, nil) }

// openExampleThen is openExample that calls then (if set) once the example
// is open, its draft restored: what then says comes after what restoring
// said ("Restored your draft…"), which arrives later than the call.
func (a *app) openExampleThen(ex *exampleInfo, fresh bool, then func()) {
	if then == nil {
		then = func() {}
	}
	if ex == nil && len(a.examples.list) > 0 {
		ex = &a.examples.list[0]
	}
	if ex == nil {
		then()
		return
	}
	a.flushDraft()
	a.loadExample(ex)
	key := "example:" + ex.Name
	if fresh {
		a.docKey = key
		a.saveDraftSoon()
		then()
		return
	}
	a.docKey = ""
	a.restoreDraft(key, func(restored bool) {
		if restored {
			a.note("Restored your draft of "+ex.Title+". Pick the example again for its original.", "")
		}
		then()
	})
}

// restoreDraft makes key the open document and applies its stored draft,
// if it has one that differs from what the editor shows; done reports
// whether it did.
func (a *app) restoreDraft(key string, done func(restored bool)) {
	a.docKey = ""
	a.store.draft(key, func(d draft, ok bool) {
		a.docKey = key
		if !ok || d.Src == "" || (d.Src == a.ed.text() && slices.Equal(d.Off, a.offKeys())) {
			done(false)
			return
		}
		a.applyState(d.Src, d.Off, d.Seed, d.Strategy)
		done(true)
	})
}

// applyState puts code, lock switches, seed and strategy in place.
func (a *app) applyState(src string, off []string, seed int, strategy string) {
	a.endPlay()
	a.locks.Reset()
	for _, k := range off {
		a.locks.Disabled[k] = true
	}
	input("seed").SetValue(itoa(seed))
	if strategy != "" {
		a.setStrategy(strategy)
	}
	if src != a.ed.text() {
		a.ed.setText(src)
	}
	a.refreshLocks()
	if a.ready && a.busy == "" {
		a.compileThen("", nil)
	}
}

// saveDraftSoon saves the open document once the person pauses.
func (a *app) saveDraftSoon() {
	if a.store == nil || a.docKey == "" {
		return
	}
	if a.draftTimer != 0 {
		cancelLater(a.draftTimer)
	}
	a.draftTimer = later(draftDelay, a.flushDraft)
}

// flushDraft saves the open document now if a save is pending; opening
// another document calls it first.
func (a *app) flushDraft() {
	if a.draftTimer == 0 || a.docKey == "" {
		return
	}
	cancelLater(a.draftTimer)
	a.draftTimer = 0
	a.updateOpenLink()
	seed, _ := atoi(input("seed").Value())
	a.store.saveDraft(a.docKey, draft{Src: a.ed.text(), Off: a.offKeys(), Seed: seed, Strategy: a.strategy(), Saved: now()})
}

// docTitle names the open document in the history.
func (a *app) docTitle() string {
	if ex := a.examples.current; ex != nil {
		return ex.Title
	}
	return "Shared program"
}

func exampleFromURL() string {
	loc := js.Global().Get("location")
	if name := js.Global().Get("URLSearchParams").New(loc.Get("search")).Call("get", "example"); name.Type() == js.TypeString {
		return name.String()
	}
	h := loc.Get("hash").String()
	const p = "#example="
	if len(h) > len(p) && h[:len(p)] == p {
		return h[len(p):]
	}
	return ""
}
