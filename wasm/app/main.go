//go:build js && wasm

// Command app is Interleave's UI controller, compiled to WebAssembly and run
// on the page by web/boot.js. It wires the static shell of web/index.html to
// the CodeMirror editor (web/src/editor.js) and to the runner, which lives in
// a Web Worker (wasm/worker) so that no program, however long it runs, can
// freeze the page.
//
// The app never runs user code and never renders text as HTML: program
// output, diagnostics and example notes reach the page through textContent
// only. It imports neither package runner nor encoding/json, to stay small:
// it paints and becomes usable while the runner is still loading.
package main

import (
	"interleave/wasm/app/model"

	"syscall/js"

	"honnef.co/go/js/dom/v2"
)

func main() {
	a := &app{locks: model.NewLocks(), embed: exists("embed-root")}
	a.setupSettings()
	// The explanation offers the example's notes only where there are
	// some: an example is open, on the playground, not in a player.
	hasNotes := func() bool { return !a.embed && a.examples.current != nil }
	a.out = newOutputView(func(line, col int) { a.ed.gotoLine(line, col) }, hasNotes, a.showNotes, func(stream string, from, to int, done func(string, bool)) {
		a.runner.request(map[string]any{"cmd": "output", "stream": stream, "from": from, "to": to}, func(r reply) {
			if r.Chunk == nil {
				done("", false)
				return
			}
			done(*r.Chunk, true)
		}, nil)
	})
	a.explore = newExploreView(func() { a.openFailure() }, a.out.linkify)
	a.timeline = newTimelineView(func(msg map[string]any, done func(reply)) { a.runner.request(msg, done, nil) }, func(ms []model.Mark, line int) {
		a.ed.setMarks(ms)
		if line > 0 {
			a.ed.reveal(line)
		}
	})
	a.play = newPlayView(a.pick, a.undo)
	a.examples = newExamplesView(loadExamples(), func(ex *exampleInfo) { a.openExample(ex, a.examples.current == ex) }, func(ex *exampleInfo) {
		a.openExample(ex, true)
		a.startExplore()
	})

	text := "package main\n\nfunc main() {\n}\n"
	if ex := a.examples.find(exampleFromURL()); ex != nil && !isShareLink() {
		text = ex.Source
	}
	a.ed = newEditor(byID("editor").Underlying(), text, editorHooks{
		run: func() { a.run("") }, explore: a.startExplore, format: a.format,
		change: a.edited, toggleLock: a.toggleLock,
	})

	a.runner = newRunnerClient(a.runnerReady, a.runnerFault)
	a.wire()
	a.setBusy("", 0)
	js.Global().Get("performance").Call("mark", "app-ready")
	a.status("Loading the runner… you can edit meanwhile.", "")
	if a.embed {
		a.startEmbed()
	} else {
		if js.Global().Get("innerWidth").Int() < 760 {
			byID("examples-box").RemoveAttribute("open")
		}
		a.history = newHistoryView(a.restoreRun, a.replayRun)
		openStore(func(s store, err error) {
			a.store = s
			if err != nil {
				a.notice("This browser does not let the page store anything (" + err.Error() + "). " +
					"Everything works, but drafts and run history last only until this tab closes.")
			}
			a.loadSettings(func() {
				a.openDocument()
				a.refreshHistory()
			})
		})
	}
	// Last: the runner may have been ready for a while, and then its
	// "ready" arrives inside this call, so everything it touches must be
	// in place.
	a.runner.start()
	select {}
}

// notice shows a message that stays, once.
func (a *app) notice(text string) {
	n := byID("notice")
	n.SetTextContent(text)
	setHidden(n, false)
}

func (a *app) wire() {
	onClick(button("run"), func() { a.run("") })
	onClick(button("explore"), a.startExplore)
	onClick(button("stop"), a.stop)
	onClick(button("format"), a.format)
	onClick(button("share"), a.share)
	onClick(button("new-seed"), a.newSeed)
	onClick(button("step-through"), a.stepThrough)
	onClick(button("play"), a.startPlay)
	input("locks").AddEventListener("change", false, func(dom.Event) { a.setAllLocks(input("locks").Checked()) })
	input("seed").AddEventListener("change", false, func(dom.Event) { a.saveDraftSoon() })
	// A link pasted into the address bar of an open page changes only the
	// fragment; a damaged one leaves the open document as it is.
	dom.GetWindow().AddEventListener("hashchange", false, func(dom.Event) {
		switch {
		case a.store == nil:
		case isShareLink():
			a.openShared(func(then func()) { then() }, nil)
		case exampleFromURL() != "" && (a.examples.current == nil || a.examples.current.Name != exampleFromURL()):
			a.openExample(a.examples.find(exampleFromURL()), false)
		}
	})
	selectByID("strategy").AddEventListener("change", false, func(dom.Event) {
		a.prefs.Strategy = a.strategy()
		a.strategyFields()
		a.untilDefault()
		a.saveSettings()
		a.saveDraftSoon()
	})
	for _, id := range []string{"depth", "time-limit"} {
		input(id).AddEventListener("change", false, func(dom.Event) {
			a.prefs.Depth, a.prefs.TimeLimit = a.depth(), a.timeLimit()
			a.saveSettings()
		})
	}
	a.strategyFields()
	a.untilDefault()
	if exists("workers") && input("workers").Value() == "" {
		input("workers").SetValue(itoa(defaultWorkers()))
	}
	// Shortcuts that work anywhere on the page; inside the editor, the
	// editor's own keymap handles them first.
	doc.AddEventListener("keydown", false, func(e dom.Event) {
		k := e.(*dom.KeyboardEvent)
		mod := k.CtrlKey() || k.MetaKey()
		switch {
		case k.Key() == "Escape" && a.busy != "" && a.busy != "compile":
			a.stop()
		case mod && k.Key() == "Enter" && k.ShiftKey():
			e.PreventDefault()
			a.startExplore()
		case mod && k.Key() == "Enter":
			e.PreventDefault()
			a.run("")
		}
	})
}

func (a *app) runnerReady() {
	a.ready = true
	a.setBusy(a.busy, a.busyID)
	if token := a.pendingReplay; (token != "" || a.autorun) && a.busy == "" {
		a.pendingReplay, a.autorun = "", false
		a.run(token)
		return
	}
	if a.busy == "" {
		// Keep what opening the document said (a restored draft, a bad link).
		if !a.sticky {
			a.status("Runner ready. Run (Ctrl/⌘+Enter) or Explore (Ctrl/⌘+Shift+Enter).", "ok")
		}
		a.compileThen("", nil)
	}
}

func (a *app) runnerFault(msg string) {
	a.ready = false
	a.status(msg, "error")
	if a.busy != "" {
		a.runner.restart()
	}
	a.setBusy("", 0)
}

func (a *app) loadExample(ex *exampleInfo) {
	if a.busy != "" {
		a.hardStop()
	}
	a.endPlay()
	a.locks.Reset()
	a.examples.selectExample(ex)
	a.ed.setText(ex.Source)
	a.ed.setDiagnostics(nil)
	a.out.placeholder("Output appears here.")
	a.timeline.clear("Run a program to see its goroutines here.")
	setHidden(byID("explore-panel"), true)
	js.Global().Get("history").Call("replaceState", nil, "", js.Global().Get("location").Get("pathname").String()+"#example="+ex.Name)
	if a.ready {
		a.status(ex.Title+" loaded.", "")
		a.compileThen("", nil)
	} else {
		a.status(ex.Title+" loaded. Loading the runner… you can edit meanwhile.", "")
	}
}

func (a *app) showNotes() {
	n := byID("notes")
	n.Focus()
	n.Underlying().Call("scrollIntoView", map[string]any{"block": "nearest"})
}

// strategy is the chosen exploration strategy.
func (a *app) strategy() string { return selectByID("strategy").Value() }

func (a *app) setStrategy(s string) {
	switch s {
	case "random", "pct", "dfs":
		selectByID("strategy").SetValue(s)
		a.strategyFields()
		a.untilDefault()
	}
}

// strategyFields shows the options of the chosen strategy only: the
// preemption bound for DFS, the bug depth for PCT.
func (a *app) strategyFields() {
	s := a.strategy()
	if exists("bound-field") {
		setHidden(byID("bound-field"), s != "dfs")
	}
	if exists("depth-field") {
		setHidden(byID("depth-field"), s != "pct")
	}
}

// untilDefault sets how far Explore goes for the chosen strategy: DFS
// looks for a failure and stops at the first, sampling strategies count
// every outcome for the histogram. The person may choose otherwise.
func (a *app) untilDefault() {
	until := "all"
	if a.strategy() == "dfs" {
		until = "first"
	}
	selectByID("until").SetValue(until)
}

// stopAtFirst reports whether Explore stops at the first failure.
func (a *app) stopAtFirst() bool { return selectByID("until").Value() == "first" }

// depth is PCT's bug depth as typed, or 0 for the runner's default.
func (a *app) depth() int {
	if d, ok := atoi(input("depth").Value()); ok && d >= 1 && d <= 10 {
		return d
	}
	return 0
}

// timeLimit is the exploration time limit in seconds as typed, or 0 for none.
func (a *app) timeLimit() int {
	if t, ok := atoi(input("time-limit").Value()); ok && t >= 1 {
		return t
	}
	return 0
}

func (a *app) applyExploreOptions(s settings) {
	if s.Depth > 0 {
		input("depth").SetValue(itoa(s.Depth))
	}
	if s.TimeLimit > 0 {
		input("time-limit").SetValue(itoa(s.TimeLimit))
	}
}
