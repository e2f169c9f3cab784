//go:build js && wasm

package main

import (
	"interleave/wasm/app/model"
	"strconv"

	"syscall/js"

	"honnef.co/go/js/dom/v2"
)

// app is the playground's controller: it owns the page's state and turns
// clicks and keys into requests to the runner worker, and replies into views.
// Everything runs on the page's event loop in callbacks; nothing here waits.
type app struct {
	runner    *runnerClient
	replaying *model.Failure // the failure the current run replays, if any
	ed        *editor
	out       *outputView
	explore   *exploreView
	timeline  *timelineView
	play      *playView
	locks     *model.Locks
	examples  *examplesView

	ready     bool
	busy      string // "", "compile", "run", "explore", "play"
	busyID    int
	stopTimer int
	lintTimer int

	firstFailure *model.Failure // the last exploration's first failure

	embed         bool         // the page is embed.html, a player inside another site's page
	store         store        // nil until opened
	history       *historyView // nil when embedded
	prefs         settings
	docKey        string   // the open document's draft key; "" while it opens
	draftTimer    int      // pending draft save
	last          *lastRun // the last finished run, for share links
	pendingReplay string   // a shared schedule to run once the runner is ready
	autorun       bool     // run once the runner is ready (an embedded player's data-autorun)
	sticky        bool     // the status says something "Runner ready" must not replace

	playing  bool
	choices  []int
	playSrc  string
	playOpts map[string]any
}

func (a *app) status(text, class string) {
	a.sticky = false
	s := byID("status")
	s.SetTextContent(text)
	s.Class().SetString("status " + class)
}

// setBusy records what the runner is doing and enables the buttons that
// can act now: those that need the runner only once it is ready.
func (a *app) setBusy(what string, id int) {
	a.busy, a.busyID = what, id
	idle := what == ""
	for _, id := range []string{"run", "explore", "format", "play"} {
		button(id).SetDisabled(!idle || !a.ready)
	}
	button("step-through").SetDisabled(!idle || a.timeline.t == nil)
	// Stop is there whenever something runs, compiling included: a
	// compile queued behind other work, or one that takes long, must be
	// stoppable too (Stop then replaces the runner).
	button("stop").SetDisabled(idle)
	byID("output").SetAttribute("aria-busy", boolString(!idle))
}

func boolString(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// compileThen compiles the editor's text, refreshes diagnostics and lock
// toggles, and calls then with the source when it compiled.
func (a *app) compileThen(busy string, then func(src string)) {
	src := a.ed.text()
	id := a.runner.request(map[string]any{"cmd": "compile", "src": src}, func(r reply) {
		// A background compile (busy == "") leaves the buttons alone: a Run
		// clicked meanwhile is still compiling.
		if busy != "" {
			a.setBusy("", 0)
		}
		if !a.showCompile(r) {
			if busy != "" {
				a.out.diagnostics(r.Diags)
				a.status("The program does not compile: "+plural(len(r.Diags), "error")+".", "error")
			}
			return
		}
		if then != nil {
			then(src)
		}
	}, nil)
	if busy != "" {
		a.setBusy("compile", id)
		// A compile can take seconds (a long program, a loaded machine,
		// the runner still busy with a background compile): say so.
		a.status("Compiling…", "")
	}
}

// showCompile puts a compile reply's diagnostics and lock sites into the
// editor; it reports whether the program compiled.
func (a *app) showCompile(r reply) bool {
	if r.Error != "" {
		a.status(r.Error, "error")
		return false
	}
	a.ed.setDiagnostics(r.Diags)
	if len(r.Diags) > 0 {
		return false
	}
	a.locks.SetSites(r.Sites)
	a.refreshLocks()
	return true
}

func (a *app) refreshLocks() {
	a.ed.setLocks(a.locks.Sites, a.locks.DisabledIDs())
	allOn, allOff := a.locks.Summary()
	sw := input("locks")
	sw.SetChecked(!allOff)
	sw.Underlying().Set("indeterminate", !allOn && !allOff)
	sw.SetDisabled(len(a.locks.Sites) == 0)
	state := "on"
	switch {
	case len(a.locks.Sites) == 0:
		state = "(none in this code)"
	case allOff:
		state = "off"
	case !allOn:
		state = "partly off"
	}
	byID("locks-state").SetTextContent(state)
}

func (a *app) runOptions(extra map[string]any) map[string]any {
	seed, _ := atoi(input("seed").Value())
	o := map[string]any{"seed": seed, "disabledLocks": ints(a.locks.DisabledIDs()), "trace": true}
	if b := a.budget(); b > 0 {
		o["maxSteps"] = b
	}
	for k, v := range extra {
		o[k] = v
	}
	return o
}

// openFailure replays the last exploration's first failure, by its shortest
// schedule, to show its timeline; the failure's own explanation, which names
// the goroutines and lines involved, stays.
func (a *app) openFailure() {
	f := a.firstFailure
	if f == nil {
		return
	}
	sched := f.Minimal
	if sched == "" {
		sched = f.Schedule
	}
	a.replaying = f
	a.run(sched)
}

// run executes one schedule: the seed's, or a given schedule token.
func (a *app) run(schedule string) {
	if a.busy != "" {
		return
	}
	if !a.ready { // a shortcut while the runner loads: run once it is ready
		if schedule != "" {
			a.pendingReplay = schedule
		} else {
			a.autorun = true
		}
		a.status("The runner is still loading; this runs as soon as it is ready.", "")
		return
	}
	a.endPlay()
	a.compileThen("run", func(src string) {
		opts := a.runOptions(nil)
		if schedule != "" {
			opts["schedule"] = schedule
		}
		// The last result goes at once: what shows while this runs must
		// not be taken for its result.
		a.out.placeholder("Running…")
		a.timeline.clear("Running…")
		if a.replaying == nil && exists("explore-panel") {
			setHidden(byID("explore-panel"), true)
		}
		a.status("Running…", "")
		start := now()
		id := a.runner.request(map[string]any{"cmd": "run", "src": src, "options": opts}, func(r reply) {
			a.setBusy("", 0)
			if r.Result == nil {
				a.fault(r)
				return
			}
			a.showResult(r.Result, r.Timeline, r.Output, schedule != "")
			a.replaying = nil
			a.remember(src, r.Result.Schedule)
			a.recordRun(src, r.Result)
			a.revealResult()
		}, func(r reply) {
			if p := r.RunProgress; p != nil {
				a.status(runningText(p, now()-start, a.budget()), "")
			}
		})
		a.setBusy("run", id)
	})
}

// showResult renders a finished run: output, explanation, timeline, status.
func (a *app) showResult(res *model.Result, tl *timelineInfo, out outputInfo, replay bool) {
	explanation := res.Explanation
	if a.replaying != nil && a.replaying.Explanation != "" && res.Failed() {
		explanation = a.replaying.Explanation
	}
	a.out.show(res.Stdout, res.Stderr, res.ExitCode, explanation, out)
	if tl != nil {
		a.timeline.show(tl)
	} else {
		a.timeline.clear("This run recorded no trace.")
	}
	a.setBusy("", 0)
	what := "Finished"
	class := "ok"
	if res.Failed() {
		what, class = res.Message, "error"
		if what == "" {
			what = res.Kind
		}
	} else if res.ExitCode != 0 {
		what, class = "Exited with status "+itoa(res.ExitCode), ""
	}
	how := "seed " + input("seed").Value()
	switch {
	case a.replaying != nil:
		how = "replaying the failing schedule found by Explore (" + plural(a.replaying.Preemptions, "preemption") + ")"
	case replay:
		how = "replayed schedule"
	}
	msg := what + " · " + how
	if res.Steps > 0 {
		msg += " · " + plural(res.Steps, "instruction")
	}
	if tl != nil && tl.Dropped > 0 {
		msg += " · the timeline shows the first " + groupDigits(tl.Events) + " of the run's " + groupDigits(tl.Events+tl.Dropped) + " trace events (the page records at most " + groupDigits(tl.Events) + ")"
	}
	if len(res.Leaks) > 0 {
		msg += " · warning: " + plural(len(res.Leaks), "goroutine") + " still blocked when main returned"
	}
	a.status(msg, class)
}

// runningText says how far a long run got and what the person can do.
func runningText(p *runProgress, ms float64, budget int) string {
	s := "Running for " + strconv.FormatFloat(ms/1000, 'f', 1, 64) + " s: " + plural(p.Steps, "instruction")
	if budget > 0 {
		s += " of the budget of " + groupDigits(budget/1_000_000) + " million"
	}
	s += " · " + plural(p.Goroutines, "goroutine") + " alive · virtual time " + virtualTime(p.VirtualNS) + ". Stop (Esc) ends it."
	return s
}

// virtualTime writes a duration of the virtual clock: "1.5s", "250ms".
func virtualTime(ns float64) string {
	if ns >= 1e9 {
		return strconv.FormatFloat(ns/1e9, 'f', 1, 64) + "s"
	}
	return strconv.FormatFloat(ns/1e6, 'f', 0, 64) + "ms"
}

// revealResult brings the status and output into view on a narrow screen,
// where they sit below the editor and the timeline.
func (a *app) revealResult() {
	if a.embed || js.Global().Get("innerWidth").Int() >= 760 {
		return
	}
	byID("status").Underlying().Call("scrollIntoView", map[string]any{"block": "start"})
}

// budget is the instruction budget of one run, from the page's setting.
func (a *app) budget() int {
	if !exists("budget") {
		return defaultBudget
	}
	if m, ok := atoi(input("budget").Value()); ok && m >= 1 {
		return m * 1_000_000
	}
	return defaultBudget
}

// defaultBudget is a run's instruction budget unless the person sets
// another: a few seconds in the browser, far more than a lesson needs.
const defaultBudget = 200_000_000

func (a *app) fault(r reply) {
	a.setBusy("", 0)
	msg := r.Error
	if msg == "" {
		msg = "the runner sent an unexpected reply"
	}
	a.status(msg, "error")
	a.out.show("", msg+"\n", 0, "", outputInfo{})
}

// startExplore searches many schedules with the chosen strategy.
func (a *app) startExplore() {
	if a.busy != "" || !a.ready {
		return
	}
	a.endPlay()
	a.compileThen("explore", func(src string) {
		strategy := byID("strategy").(*dom.HTMLSelectElement).Value()
		runs, ok := atoi(input("runs").Value())
		if !ok || runs < 1 {
			runs = 1000
		}
		bound, ok := atoi(input("bound").Value())
		if !ok || bound < 0 {
			bound = 2
		}
		seed, _ := atoi(input("seed").Value())
		opts := map[string]any{"strategy": strategy, "runs": runs, "seed": seed, "preemptionBound": bound,
			"depth": a.depth(), "timeLimitMS": a.timeLimit() * 1000, "disabledLocks": ints(a.locks.DisabledIDs()),
			"stopAtFirst": a.stopAtFirst(), "workers": 1}
		a.explore.start(strategy, runs)
		a.out.placeholder("Exploring: the first failing schedule's output will appear here.")
		a.timeline.clear("The first failing schedule's timeline will appear here.")
		a.firstFailure = nil
		// Random and PCT run on several helper workers, with the same
		// result; the runner only takes their results in order. dfs splits
		// its tree: the runner searches too, and helpers search the
		// subtrees it forks, so it needs one helper fewer.
		workers := a.workers()
		if workers < 2 {
			a.status("Exploring…", "")
			a.sendExplore(src, opts)
			return
		}
		helpers, lead := workers, 0
		if strategy == "dfs" {
			helpers, lead = workers-1, 1
		}
		a.status("Starting "+itoa(workers)+" workers…", "")
		a.setBusy("explore", 0)
		a.runner.withHelpers(helpers, func(n int) {
			if a.busy != "explore" || a.busyID != 0 {
				return // stopped meanwhile
			}
			if n+lead > 1 {
				a.runner.warmHelpers(src)
				opts["workers"] = n + lead
				a.status("Exploring on "+itoa(n+lead)+" workers…", "")
			} else {
				a.status("Exploring…", "")
			}
			a.sendExplore(src, opts)
		})
	})
}

// workers is how many Web Workers an exploration runs on: the page's
// setting, else as many as the machine has cores, at most maxWorkers.
func (a *app) workers() int {
	if exists("workers") {
		if n, ok := atoi(input("workers").Value()); ok && n >= 1 {
			return min(n, maxWorkers)
		}
	}
	return defaultWorkers()
}

// maxWorkers bounds the helper workers: each holds its own runner (tens of
// MB), and beyond a few the page's own work shares the cores.
const maxWorkers = 8

func defaultWorkers() int {
	n := js.Global().Get("navigator").Get("hardwareConcurrency").Int()
	return max(1, min(n, 4))
}

// sendExplore asks the runner to explore and shows what it reports.
func (a *app) sendExplore(src string, opts map[string]any) {
	id := a.runner.request(map[string]any{"cmd": "explore", "src": src, "explore": opts}, func(r reply) {
		a.endStop()
		a.setBusy("", 0)
		if r.Explore == nil {
			a.fault(r)
			return
		}
		a.explore.done(r.Explore)
		if f := r.Explore.First; f != nil {
			a.firstFailure = f
			a.out.show(f.Stdout, f.Stderr, f.ExitCode, f.Explanation, outputInfo{})
			a.status("Found a failing schedule: "+firstLine(f.Stderr), "error")
			a.openFailure() // for its timeline
		} else {
			a.out.placeholder("No schedule failed. Run shows what one schedule prints.")
			a.timeline.clear("No schedule failed. Run to see one schedule's timeline.")
			a.status(byID("verdict").TextContent(), "ok")
		}
	}, func(r reply) {
		if r.Progress != nil {
			a.explore.progress(r.Progress)
		}
	})
	a.setBusy("explore", id)
}

func firstLine(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}

// stop ends whatever runs. An exploration is asked to stop and keep what it
// found; if it does not answer quickly, or for anything else, the worker is
// terminated and a fresh one started.
func (a *app) stop() {
	switch a.busy {
	case "":
		return
	case "explore":
		if a.busyID == 0 { // still starting its workers: nothing to keep
			a.hardStop()
			return
		}
		a.runner.cancel()
		a.status("Stopping…", "")
		// The worker answers at its next progress report, after the
		// schedule it is running; a loaded machine can take seconds.
		a.stopTimer = later(6000, a.hardStop)
	default:
		a.hardStop()
	}
}

func (a *app) endStop() {
	if a.stopTimer != 0 {
		cancelLater(a.stopTimer)
		a.stopTimer = 0
	}
}

func (a *app) hardStop() {
	a.endStop()
	if a.busy == "" {
		return
	}
	was := a.busy
	a.ready = false
	a.runner.restart()
	a.setBusy("", 0)
	a.endPlay()
	a.status("Stopped. Starting a fresh runner…", "")
	if was == "explore" {
		a.explore.stoppedHard()
	}
	if was == "run" || was == "explore" {
		a.out.show("", "Stopped by you.\n", 0, "", outputInfo{})
		a.timeline.clear("Stopped: this run has no timeline.")
	}
}

func (a *app) format() {
	if a.busy != "" || !a.ready {
		return
	}
	src := a.ed.text()
	id := a.runner.request(map[string]any{"cmd": "format", "src": src}, func(r reply) {
		a.setBusy("", 0)
		switch {
		case r.Src != nil:
			if *r.Src != src && a.ed.text() == src {
				a.ed.replaceText(*r.Src)
			}
			a.ed.setDiagnostics(nil)
			a.status("Formatted.", "ok")
		case len(r.Diags) > 0:
			a.ed.setDiagnostics(r.Diags)
			a.status("Cannot format: "+r.Diags[0].Msg, "error")
		default:
			a.fault(r)
		}
	}, nil)
	a.setBusy("format", id)
}

// edited runs after every change to the text: it ends play and, once the
// person pauses, compiles in the background for fresh diagnostics and locks.
func (a *app) edited() {
	a.endPlay()
	a.ed.setMarks(nil)
	a.saveDraftSoon()
	if a.lintTimer != 0 {
		cancelLater(a.lintTimer)
	}
	a.lintTimer = later(600, func() {
		a.lintTimer = 0
		if a.busy == "" && a.ready {
			a.compileThen("", nil)
		}
	})
}

func (a *app) toggleLock(id int) {
	a.locks.Toggle(id)
	a.refreshLocks()
	a.saveDraftSoon()
}

func (a *app) setAllLocks(on bool) {
	a.locks.SetAll(on)
	a.refreshLocks()
	a.saveDraftSoon()
}

func (a *app) newSeed() {
	seed := int(js.Global().Get("Math").Call("random").Float() * 1e9)
	input("seed").SetValue(itoa(seed))
	a.saveDraftSoon()
}

func (a *app) stepThrough() {
	if a.timeline.t == nil {
		return
	}
	a.timeline.quiet = false
	a.timeline.seek(0)
	a.timeline.scrubber.Focus()
	a.status("Stepping through: use ← and → on the scrubber.", "")
}

// note shows a status that "Runner ready" leaves in place: what opening
// the document found (a restored draft, a link that cannot be opened).
func (a *app) note(text, class string) {
	a.status(text, class)
	a.sticky = true
}
