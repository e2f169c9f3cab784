//go:build js && wasm

package main

import (
	"strings"
	"syscall/js"

	"honnef.co/go/js/dom/v2"
)

// The embedded player: embed.html inside another site's page, put there by
// web/src/embed.js. Its options come in the URL's query (id, parent, height,
// readonly, autorun, strategy; theme-init.js reads theme) and its code in
// the fragment, as a share link. It stores nothing, and tells the page that
// embeds it its height, so the iframe fits its content: a message
// {type: "interleave:size", id, height} to the parent's origin only.

func (a *app) startEmbed() {
	a.store = newMemStore()
	q := js.Global().Get("URLSearchParams").New(js.Global().Get("location").Get("search"))
	param := func(k string) string {
		if v := q.Call("get", k); v.Type() == js.TypeString {
			return v.String()
		}
		return ""
	}
	if s := param("strategy"); s != "" {
		a.setStrategy(s)
	}
	if param("readonly") == "1" {
		a.ed.v.Call("setReadOnly", true)
	}
	if h, ok := atoi(param("height")); ok && h >= 40 && h <= 2000 {
		e := byID("editor")
		e.Class().Add("fixed")
		setStyle(e, "--embed-editor-height", itoa(h)+"px")
	}
	a.reportSize(param("id"), param("parent"))

	autorun := param("autorun") == "1"
	opened := func() {
		a.updateOpenLink()
		if autorun && a.busy == "" && a.pendingReplay == "" {
			if a.ready {
				a.run("")
			} else {
				a.autorun = true
			}
		}
	}
	if isShareLink() {
		a.openShared(func(then func()) { a.updateOpenLink(); then() }, opened)
		return
	}
	a.openExample(a.examples.find(exampleFromURL()), true)
	opened()
}

// reportSize posts the player's height to the embedding page whenever it
// changes. parent must be an http(s) origin; the message goes to it alone.
func (a *app) reportSize(id, parent string) {
	self := js.Global().Get("window")
	if id == "" || self.Get("parent").Equal(self) {
		return
	}
	scheme, host, ok := strings.Cut(parent, "://")
	if !ok || (scheme != "https" && scheme != "http") || host == "" || strings.ContainsAny(host, "/?#") {
		return
	}
	root := byID("embed-root")
	post := js.FuncOf(func(js.Value, []js.Value) any {
		h := root.Underlying().Call("getBoundingClientRect").Get("height").Float()
		self.Get("parent").Call("postMessage", map[string]any{"type": "interleave:size", "id": id, "height": h}, parent)
		return nil
	})
	js.Global().Get("ResizeObserver").New(post).Call("observe", root.Underlying())
}

// updateOpenLink points "Open in playground" at the player's current state.
func (a *app) updateOpenLink() {
	if !a.embed {
		return
	}
	state := map[string]any{"src": a.ed.text(), "off": strs(a.offKeys()), "strategy": a.strategy()}
	await(js.Global().Get("InterleaveShare").Call("encode", js.ValueOf(state)), func(frag js.Value) {
		link := byID("open-playground").(*dom.HTMLAnchorElement)
		link.SetHref(js.Global().Get("URL").New("index.html"+frag.String(), js.Global().Get("location").Get("href")).Get("href").String())
	}, func(string) {})
}
