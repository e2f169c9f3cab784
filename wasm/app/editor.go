//go:build js && wasm

package main

import (
	"syscall/js"

	"interleave/wasm/app/model"
)

// editor wraps the CodeMirror bridge of web/src/editor.js.
type editor struct {
	v     js.Value
	funcs []js.Func
}

// editorHooks are the app's answers to keys and clicks in the editor.
type editorHooks struct {
	run, explore, format, change func()
	toggleLock                   func(siteID int)
}

func newEditor(parent js.Value, text string, h editorHooks) *editor {
	e := &editor{}
	fn := func(f func()) js.Func {
		jf := js.FuncOf(func(js.Value, []js.Value) any { f(); return nil })
		e.funcs = append(e.funcs, jf)
		return jf
	}
	toggle := js.FuncOf(func(_ js.Value, args []js.Value) any { h.toggleLock(args[0].Int()); return nil })
	e.funcs = append(e.funcs, toggle)
	cb := js.ValueOf(map[string]any{
		"run": fn(h.run), "explore": fn(h.explore), "format": fn(h.format), "change": fn(h.change), "toggleLock": toggle,
	})
	for parent.Get("firstChild").Truthy() {
		parent.Call("removeChild", parent.Get("firstChild"))
	}
	e.v = js.Global().Get("InterleaveEditor").Call("create", parent, text, cb)
	return e
}

func (e *editor) text() string           { return e.v.Call("text").String() }
func (e *editor) setText(s string)       { e.v.Call("setText", s) }
func (e *editor) replaceText(s string)   { e.v.Call("replaceText", s) }
func (e *editor) reveal(line int)        { e.v.Call("reveal", line) }
func (e *editor) gotoLine(line, col int) { e.v.Call("gotoLine", line, col) }

func (e *editor) setDiagnostics(ds []model.Diagnostic) {
	list := make([]any, len(ds))
	for i, d := range ds {
		list[i] = map[string]any{"line": d.Line, "col": d.Col, "msg": d.Msg}
	}
	e.v.Call("setDiagnostics", list)
}

func (e *editor) setLocks(sites []model.LockSite, disabled []int) {
	list := make([]any, len(sites))
	for i, s := range sites {
		list[i] = map[string]any{"id": s.ID, "line": s.Line, "col": s.Col, "endCol": s.EndCol, "op": s.Op, "recv": s.Recv, "pair": s.Pair}
	}
	e.v.Call("setLocks", list, ints(disabled))
}

func (e *editor) setMarks(marks []model.Mark) {
	list := make([]any, len(marks))
	for i, m := range marks {
		list[i] = map[string]any{"line": m.Line, "g": m.G, "hue": laneHue(m.G)}
	}
	e.v.Call("setMarks", list)
}
