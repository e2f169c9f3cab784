//go:build js && wasm

package main

import "interleave/wasm/app/model"

// The app's side of "play the scheduler". The worker keeps one session; the
// app keeps the choices made, so undo is a fresh session replaying all
// choices but the last.

func (a *app) startPlay() {
	if a.busy != "" {
		return
	}
	a.compileThen("play", func(src string) {
		a.playing, a.choices, a.playSrc = true, nil, src
		a.playOpts = a.runOptions(nil) // seed, disabled locks, trace: fixed for the whole session
		a.play.open()
		// The last exploration's panel is about other schedules than the one being played.
		setHidden(byID("explore-panel"), true)
		a.timeline.clear("Pick goroutines above; the timeline of your schedule appears when the program ends.")
		a.out.placeholder("Output appears when the program ends.")
		a.status("Playing the scheduler: you decide which goroutine moves.", "")
		a.replay(nil)
	})
}

// replay starts a fresh session and applies choices.
func (a *app) replay(choices []int) {
	id := a.runner.request(map[string]any{"cmd": "step", "src": a.playSrc, "options": a.playOpts, "choices": ints(choices)}, func(r reply) {
		a.choices = choices
		a.showSession(r)
	}, nil)
	a.setBusy("play", id)
}

func (a *app) pick(g int) {
	if !a.playing || a.busy != "" {
		return
	}
	id := a.runner.request(map[string]any{"cmd": "step", "choices": ints([]int{g})}, func(r reply) {
		if r.Error == "" {
			a.choices = append(a.choices, g)
		}
		a.showSession(r)
	}, nil)
	a.setBusy("play", id)
}

func (a *app) undo() {
	if !a.playing || a.busy != "" || len(a.choices) == 0 {
		return
	}
	a.replay(a.choices[:len(a.choices)-1])
}

func (a *app) showSession(r reply) {
	a.setBusy("", 0)
	if r.Session == nil {
		a.fault(r)
		return
	}
	if r.Error != "" {
		a.status(r.Error, "error")
	}
	st := r.Session
	a.play.show(st, len(a.choices))
	a.ed.setMarks(playMarks(st))
	if st.Done && st.Result != nil {
		a.showResult(st.Result, r.Timeline, r.Output, true)
		a.status("Your schedule: "+a.statusOf(st.Result)+" after "+plural(len(a.choices), "choice")+". Undo to try another.", classOf(st.Result))
	}
	a.play.focusFirst()
}

func (a *app) statusOf(r *model.Result) string {
	if r.Failed() && r.Message != "" {
		return r.Message
	}
	if r.Failed() {
		return r.Kind
	}
	return "the program finished"
}

func classOf(r *model.Result) string {
	if r.Failed() {
		return "error"
	}
	return "ok"
}

func (a *app) endPlay() {
	if !a.playing {
		return
	}
	a.playing, a.choices = false, nil
	a.play.close()
}
