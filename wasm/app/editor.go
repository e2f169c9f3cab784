//go:build js && wasm

package main

import (
	"strings"
	"syscall/js"

	"interleave/wasm/app/model"
)

// editor wraps the CodeMirror bridge of web/src/editor.js.
type editor struct {
	v     js.Value
	funcs []js.Func

	// What the editor shows now, so that an update that changes nothing
	// costs the editor nothing.
	diags, locks, marks string
}

// key writes fields as a string to compare updates by.
func key(fields ...any) string {
	var b strings.Builder
	for _, f := range fields {
		switch f := f.(type) {
		case int:
			b.WriteString(itoa(f))
		case string:
			b.WriteString(f)
		case bool:
			b.WriteString(boolString(f))
		}
		b.WriteByte('|')
	}
	return b.String()
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
		"run": fn(h.run), "explore": fn(h.explore), "format": fn(h.format), "toggleLock": toggle,
		// An edit may drop what the editor showed (its lock toggles do).
		"change": fn(func() { e.forget(); h.change() }),
	})
	for parent.Get("firstChild").Truthy() {
		parent.Call("removeChild", parent.Get("firstChild"))
	}
	e.v = js.Global().Get("InterleaveEditor").Call("create", parent, text, cb)
	return e
}

func (e *editor) text() string { return e.v.Call("text").String() }

// setText and replaceText forget what the editor showed: its
// diagnostics, lock toggles and marks may not survive new text.
func (e *editor) setText(s string)       { e.forget(); e.v.Call("setText", s) }
func (e *editor) replaceText(s string)   { e.forget(); e.v.Call("replaceText", s) }
func (e *editor) forget()                { e.diags, e.locks, e.marks = "?", "?", "?" }
func (e *editor) reveal(line int)        { e.v.Call("reveal", line) }
func (e *editor) gotoLine(line, col int) { e.v.Call("gotoLine", line, col) }

func (e *editor) setDiagnostics(ds []model.Diagnostic) {
	var fields []any
	for _, d := range ds {
		fields = append(fields, d.Line, d.Col, d.Msg)
	}
	if k := key(fields...); k == e.diags {
		return
	} else {
		e.diags = k
	}
	list := make([]any, len(ds))
	for i, d := range ds {
		list[i] = map[string]any{"line": d.Line, "col": d.Col, "msg": d.Msg}
	}
	e.v.Call("setDiagnostics", list)
}

func (e *editor) setLocks(sites []model.LockSite, disabled []int) {
	var fields []any
	for _, s := range sites {
		fields = append(fields, s.ID, s.Line, s.Col, s.EndCol, s.Op, s.Recv, s.Deferred, s.Pair)
	}
	fields = append(fields, "off")
	for _, d := range disabled {
		fields = append(fields, d)
	}
	if k := key(fields...); k == e.locks {
		return
	} else {
		e.locks = k
	}
	list := make([]any, len(sites))
	for i, s := range sites {
		list[i] = map[string]any{"id": s.ID, "line": s.Line, "col": s.Col, "endCol": s.EndCol, "op": s.Op, "recv": s.Recv, "pair": s.Pair}
	}
	e.v.Call("setLocks", list, ints(disabled))
}

func (e *editor) setMarks(marks []model.Mark) {
	var fields []any
	for _, m := range marks {
		fields = append(fields, m.Line, m.G)
	}
	if k := key(fields...); k == e.marks {
		return
	} else {
		e.marks = k
	}
	list := make([]any, len(marks))
	for i, m := range marks {
		list[i] = map[string]any{"line": m.Line, "g": m.G, "hue": laneHue(m.G)}
	}
	e.v.Call("setMarks", list)
}
