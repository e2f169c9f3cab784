//go:build js && wasm

package main

import "syscall/js"

// The colour theme follows the system until the person picks one; the pick
// is kept in localStorage and applied before first paint by index.html.

var themes = []struct{ value, label string }{{"", "Auto"}, {"light", "Light"}, {"dark", "Dark"}}

func setupTheme() {
	b := button("theme")
	current := 0
	if t := storageGet("interleave-theme"); t != "" {
		for i, th := range themes {
			if th.value == t {
				current = i
			}
		}
	}
	apply := func() {
		th := themes[current]
		root := js.Global().Get("document").Get("documentElement")
		if th.value == "" {
			root.Call("removeAttribute", "data-theme")
		} else {
			root.Call("setAttribute", "data-theme", th.value)
		}
		storageSet("interleave-theme", th.value)
		byID("theme-label").SetTextContent(th.label)
		what := "follows the system"
		if th.value != "" {
			what = th.value
		}
		b.SetAttribute("aria-label", "Colour theme: "+what+". Click to switch.")
	}
	apply()
	onClick(b, func() {
		current = (current + 1) % len(themes)
		apply()
	})
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
