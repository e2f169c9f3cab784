//go:build js && wasm

package main

import (
	"slices"
	"strings"
	"syscall/js"
)

// Share links: the code, the switched-off locks, the seed, the strategy
// and, when the last run belongs to exactly this state, its schedule token
// travel in the URL fragment, packed and checked by web/src/share.js.
// Opening such a link restores them and replays the token; nothing is sent
// anywhere. A link that cannot be opened says why and leaves the person's
// own draft where it was.

// lastRun is the state the last finished run ran, and its schedule.
type lastRun struct {
	src, off, schedule string
}

// offKeys lists the switched-off lock pairs by their edit-proof keys.
func (a *app) offKeys() []string {
	keys := []string{}
	for k := range a.locks.Disabled {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// remember notes the state and schedule of a finished run of src.
func (a *app) remember(src, schedule string) {
	a.last = &lastRun{src: src, off: strings.Join(a.offKeys(), "\n"), schedule: schedule}
}

func (a *app) share() {
	off := []any{}
	for _, k := range a.offKeys() {
		off = append(off, k)
	}
	seed, _ := atoi(input("seed").Value())
	state := map[string]any{"src": a.ed.text(), "off": off, "seed": seed, "strategy": a.strategy()}
	if l := a.last; l != nil && l.src == a.ed.text() && l.off == strings.Join(a.offKeys(), "\n") && l.schedule != "" {
		state["schedule"] = l.schedule
	}
	await(js.Global().Get("InterleaveShare").Call("encode", js.ValueOf(state)), func(frag js.Value) {
		loc := js.Global().Get("location")
		href := loc.Get("origin").String() + loc.Get("pathname").String() + frag.String()
		js.Global().Get("history").Call("replaceState", nil, "", href)
		a.docKey = linkKey(frag.String())
		a.saveDraftSoon()
		what := "Share link"
		if _, ok := state["schedule"]; ok {
			what = "Share link (with this run's schedule)"
		}
		done := func(msg string) {
			a.status(msg, "ok")
			b := button("share")
			b.SetTextContent("Copied ✓")
			later(2000, func() { b.SetTextContent("Share") })
		}
		if clip := js.Global().Get("navigator").Get("clipboard"); clip.Truthy() {
			await(clip.Call("writeText", href), func(js.Value) { done(what + " copied to the clipboard.") }, func(string) {
				done(what + " is in the address bar: copy it from there.")
			})
			return
		}
		done(what + " is in the address bar: copy it from there.")
	}, func(err string) { a.status("Cannot make a share link: "+err, "error") })
}

// isShareLink reports whether the page was opened with a share link.
func isShareLink() bool {
	return js.Global().Get("InterleaveShare").Call("isShare", js.Global().Get("location").Get("hash")).Bool()
}

// openShared loads the share link the page was opened with, then calls
// opened (if set). A damaged link calls fallback instead, which opens the
// person's own draft and then calls its argument; that is when the page
// says why the link cannot be opened, so that nothing fallback says (a
// restored draft) hides it.
func (a *app) openShared(fallback func(then func()), opened func()) {
	hash := js.Global().Get("location").Get("hash").String()
	await(js.Global().Get("InterleaveShare").Call("decode", hash), func(state js.Value) {
		a.flushDraft()
		a.docKey = linkKey(hash)
		a.examples.deselect()
		a.locks.Reset()
		for _, k := range list(state.Get("off"), func(v js.Value) string { return v.String() }) {
			a.locks.Disabled[k] = true
		}
		if s := state.Get("seed"); s.Type() == js.TypeNumber {
			input("seed").SetValue(itoa(s.Int()))
		}
		if s := str(state, "strategy"); s != "" {
			a.setStrategy(s)
		}
		a.ed.setText(str(state, "src"))
		token := str(state, "schedule")
		a.restoreDraft(a.docKey, func(restored bool) {
			say := a.note
			if a.embed { // a player's code is its page's, not a shared program
				say = func(string, string) {}
			}
			switch {
			case restored:
				say("Opened a shared program, with your changes to it since.", "")
			case token != "":
				say("Opened a shared program; replaying its schedule…", "")
				a.replayWhenReady(token)
			default:
				say("Opened a shared program.", "")
			}
			if opened != nil {
				opened()
			}
		})
		if a.ready {
			a.compileThen("", nil)
		}
	}, func(err string) {
		err = strings.TrimPrefix(err, "Error: ")
		loc := js.Global().Get("location")
		js.Global().Get("history").Call("replaceState", nil, "", loc.Get("pathname").String()+loc.Get("search").String())
		fallback(func() {
			a.note("This share link cannot be opened: "+err+". Your own draft is still here.", "error")
		})
	})
}

// replayWhenReady runs token once the runner is ready.
func (a *app) replayWhenReady(token string) {
	if a.ready && a.busy == "" {
		a.run(token)
		return
	}
	a.pendingReplay = token
}

// linkKey names a share link's draft: a hash of the fragment, which can be
// long.
func linkKey(fragment string) string {
	h := uint32(2166136261)
	for i := 0; i < len(fragment); i++ {
		h = (h ^ uint32(fragment[i])) * 16777619
	}
	return "link:" + itoa(int(h))
}

// await calls ok with a promise's value or fail with its error's text.
func await(p js.Value, ok func(js.Value), fail func(string)) {
	var then, catch js.Func
	release := func() { then.Release(); catch.Release() }
	then = js.FuncOf(func(_ js.Value, args []js.Value) any {
		release()
		ok(args[0])
		return nil
	})
	catch = js.FuncOf(func(_ js.Value, args []js.Value) any {
		release()
		fail(args[0].Call("toString").String())
		return nil
	})
	p.Call("then", then, catch)
}
