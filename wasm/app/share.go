//go:build js && wasm

package main

import "syscall/js"

// Share links: the code, the switched-off locks and the seed travel in the
// URL fragment, packed by web/src/share.js. Opening such a link restores
// them; nothing is sent anywhere.

func (a *app) share() {
	off := []any{}
	for k := range a.locks.Disabled {
		off = append(off, k)
	}
	seed, _ := atoi(input("seed").Value())
	state := js.ValueOf(map[string]any{"src": a.ed.text(), "off": off, "seed": seed})
	await(js.Global().Get("InterleaveShare").Call("encode", state), func(frag js.Value) {
		js.Global().Get("history").Call("replaceState", nil, "", frag)
		href := js.Global().Get("location").Get("href")
		copied := "Share link copied to the clipboard."
		if clip := js.Global().Get("navigator").Get("clipboard"); clip.Truthy() {
			await(clip.Call("writeText", href), func(js.Value) { a.status(copied, "ok") }, func(string) {
				a.status("Share link is in the address bar.", "ok")
			})
			return
		}
		a.status("Share link is in the address bar.", "ok")
	}, func(err string) { a.status("Cannot make a share link: "+err, "error") })
}

// restoreShared loads the state of a share link, if the page was opened
// with one, and reports whether it was.
func (a *app) restoreShared() bool {
	hash := js.Global().Get("location").Get("hash").String()
	if len(hash) < 6 || hash[:6] != "#code=" {
		return false
	}
	await(js.Global().Get("InterleaveShare").Call("decode", hash), func(state js.Value) {
		if !state.Truthy() {
			return
		}
		a.locks.Reset()
		for _, k := range list(state.Get("off"), func(v js.Value) string { return v.String() }) {
			a.locks.Disabled[k] = true
		}
		if s := state.Get("seed"); s.Type() == js.TypeNumber {
			input("seed").SetValue(itoa(s.Int()))
		}
		a.ed.setText(str(state, "src"))
		a.status("Opened a shared program.", "")
		if a.ready {
			a.compileThen("", nil)
		}
	}, func(err string) { a.status("This share link is damaged: "+err, "error") })
	return true
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
