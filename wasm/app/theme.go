//go:build js && wasm

package main

import (
	"syscall/js"

	"honnef.co/go/js/dom/v2"
)

// Settings: the colour theme, the editor's text size, the default
// exploration strategy and its options (PCT's bug depth, the time limit). They are stored with the drafts (store.go); the
// theme and text size are mirrored in localStorage, which theme-init.js
// reads before the first paint. The theme follows the system until the
// person picks one.

var themes = []struct{ value, label string }{{"", "Auto"}, {"light", "Light"}, {"dark", "Dark"}}

var fontSizes = []int{12, 13, 14, 15, 16, 18, 20}

// setupSettings wires the theme button and the text size menu, as far as
// the page has them, from what localStorage remembers.
func (a *app) setupSettings() {
	a.prefs = settings{Theme: storageGet("interleave-theme")}
	a.prefs.FontSize, _ = atoi(storageGet("interleave-font-size"))
	if exists("theme") {
		a.applyTheme(a.prefs.Theme)
		onClick(button("theme"), func() {
			next := 0
			for i, th := range themes {
				if th.value == a.prefs.Theme {
					next = (i + 1) % len(themes)
				}
			}
			a.prefs.Theme = themes[next].value
			a.applyTheme(a.prefs.Theme)
			a.saveSettings()
		})
	}
	if exists("font-size") {
		sel := selectByID("font-size")
		for _, n := range fontSizes {
			o := el("option", "", itoa(n)+" px")
			o.SetAttribute("value", itoa(n))
			sel.AppendChild(o)
		}
		a.applyFontSize(a.prefs.FontSize)
		sel.AddEventListener("change", false, func(dom.Event) {
			a.prefs.FontSize, _ = atoi(sel.Value())
			a.applyFontSize(a.prefs.FontSize)
			a.saveSettings()
		})
	}
}

// loadSettings applies the stored settings, which win over localStorage's.
func (a *app) loadSettings(done func()) {
	a.store.settings(func(s settings) {
		if s != (settings{}) {
			a.prefs = s
			if exists("theme") {
				a.applyTheme(s.Theme)
			}
			a.applyFontSize(s.FontSize)
			if s.Strategy != "" {
				a.setStrategy(s.Strategy)
			}
			a.applyExploreOptions(s)
		}
		done()
	})
}

func (a *app) saveSettings() {
	storageSet("interleave-theme", a.prefs.Theme)
	if a.prefs.FontSize != 0 {
		storageSet("interleave-font-size", itoa(a.prefs.FontSize))
	}
	if a.store != nil {
		a.store.saveSettings(a.prefs)
	}
}

func (a *app) applyTheme(theme string) {
	label := "Auto"
	for _, th := range themes {
		if th.value == theme {
			label = th.label
		}
	}
	root := js.Global().Get("document").Get("documentElement")
	if theme == "" {
		root.Call("removeAttribute", "data-theme")
	} else {
		root.Call("setAttribute", "data-theme", theme)
	}
	byID("theme-label").SetTextContent(label)
	what := "follows the system"
	if theme != "" {
		what = theme
	}
	button("theme").SetAttribute("aria-label", "Colour theme: "+what+". Click to switch.")
}

func (a *app) applyFontSize(px int) {
	root := js.Global().Get("document").Get("documentElement").Get("style")
	if px < 10 || px > 24 {
		root.Call("removeProperty", "--editor-font-size")
		px = 14
	} else {
		root.Call("setProperty", "--editor-font-size", itoa(px)+"px")
	}
	if exists("font-size") {
		selectByID("font-size").SetValue(itoa(px))
	}
}

func storageGet(key string) string {
	defer func() { recover() }() // storage can be unavailable (privacy modes)
	v := js.Global().Get("localStorage").Call("getItem", key)
	if v.Type() == js.TypeString {
		return v.String()
	}
	return ""
}

func storageSet(key, value string) {
	defer func() { recover() }()
	if value == "" {
		js.Global().Get("localStorage").Call("removeItem", key)
	} else {
		js.Global().Get("localStorage").Call("setItem", key, value)
	}
}
