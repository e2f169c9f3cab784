// The editor bridge: a CodeMirror 6 editor for Go behind a small API that the
// Go UI controller (wasm/app) calls through syscall/js as
// globalThis.InterleaveEditor.create(parent, callbacks).
//
// The bridge knows nothing about runs; it shows text, diagnostics, lock
// toggles and goroutine marks, and reports keys and clicks back.
import { EditorState, Prec, Compartment } from "@codemirror/state";
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter,
  drawSelection, highlightSpecialChars,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { indentOnInput, bracketMatching, indentUnit } from "@codemirror/language";
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import { setDiagnostics, lintKeymap } from "@codemirror/lint";
import { go } from "@codemirror/lang-go";
import { theme } from "./theme.js";
import { lockExtensions, setLocksEffect } from "./locks.js";
import { marksField, setMarksEffect } from "./marks.js";

const noop = () => {};

// create builds an editor inside parent. cb holds the app's callbacks:
// run(), explore(), format(), change(), toggleLock(siteID).
function create(parent, doc, cb) {
  const call = (name, ...args) => (cb && cb[name] ? cb[name](...args) : noop());
  const editable = new Compartment();
  const shortcuts = Prec.highest(keymap.of([
    { key: "Mod-Enter", run: () => (call("run"), true) },
    { key: "Mod-Shift-Enter", run: () => (call("explore"), true) },
    { key: "Shift-Alt-f", run: () => (call("format"), true) },
  ]));
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        shortcuts,
        editable.of([]),
        lockExtensions((id) => call("toggleLock", id)),
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentUnit.of("\t"),
        EditorState.tabSize.of(4),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...lintKeymap, indentWithTab]),
        go(),
        theme,
        marksField,
        EditorView.lineWrapping, // long comments wrap instead of hiding past the edge
        EditorView.contentAttributes.of({ "aria-label": "Go source code", "aria-describedby": "editor-help" }),
        EditorView.updateListener.of((u) => { if (u.docChanged) call("change"); }),
      ],
    }),
  });

  const pos = (line, col) => {
    const d = view.state.doc;
    const l = d.line(Math.min(Math.max(line, 1), d.lines));
    return Math.min(l.from + Math.max((col || 1) - 1, 0), l.to);
  };

  const api = {
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    // replaceText keeps the cursor roughly in place (used by Format).
    replaceText(text) {
      const head = Math.min(view.state.selection.main.head, text.length);
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: head } });
    },
    // setDiagnostics takes [{line, col, msg}]; each is underlined from its
    // column to the end of the word there, and its message shows on hover.
    setDiagnostics(list) {
      const d = view.state.doc;
      const diags = Array.from(list || [], (x) => {
        const from = pos(x.line, x.col);
        const lineEnd = d.lineAt(from).to;
        const word = /^[\w.]+/.exec(d.sliceString(from, lineEnd));
        const to = word ? from + word[0].length : Math.min(from + 1, lineEnd);
        return { from, to: Math.max(to, from), severity: "error", message: x.msg, source: `prog.go:${x.line}:${x.col}` };
      });
      view.dispatch(setDiagnostics(view.state, diags));
    },
    // setLocks takes the program's lock sites and the IDs currently disabled.
    setLocks(sites, disabled) {
      view.dispatch({ effects: setLocksEffect.of({ sites: Array.from(sites || []), disabled: new Set(Array.from(disabled || [])) }) });
    },
    // setMarks takes [{line, g, hue}] to show where goroutines stand.
    setMarks(marks) {
      view.dispatch({ effects: setMarksEffect.of(Array.from(marks || [])) });
    },
    // reveal scrolls line into view without moving the cursor or focus.
    reveal(line) {
      view.dispatch({ effects: EditorView.scrollIntoView(pos(line, 1), { y: "nearest", yMargin: 40 }) });
    },
    gotoLine(line, col) {
      const at = pos(line, col);
      view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: "center" }) });
      view.focus();
    },
    focus: () => view.focus(),
    // setReadOnly keeps the text from being edited (an embedded player's
    // data-read-only); lock toggles still work.
    setReadOnly(on) {
      view.dispatch({ effects: editable.reconfigure(on ? [EditorState.readOnly.of(true), EditorView.editable.of(false)] : []) });
    },
  };
  // The most recent editor, for tests and the browser console.
  globalThis.InterleaveEditor.active = api;
  return api;
}

globalThis.InterleaveEditor = { create, active: null };
