package vm

import "fmt"

// Manual scheduling ("play the scheduler"): a person, not a Chooser, picks
// the goroutine of each step. The picks are recorded exactly as Run records
// a Chooser's, so the schedule token of a hand-played run replays it.

// StartManual is Start for hand-played runs: a fault inside Interleave ends
// the run with an internal outcome instead of escaping.
func (m *Machine) StartManual() {
	defer m.recoverInternal()
	m.Start()
}

// StepChoice lets goroutine id take its next step as a person's pick. When
// more than one goroutine could run, the pick is recorded as the
// ChooseGoroutine choice Run would have recorded. It reports false when id
// cannot run now.
func (m *Machine) StepChoice(id int) bool {
	if m.done {
		return false
	}
	pick, last, n := m.optionIndex(id)
	if pick < 0 {
		return false
	}
	defer m.recoverInternal()
	if n > 1 {
		m.record(ChooseGoroutine, pick, last)
	}
	m.Step(id)
	return true
}

func (m *Machine) recoverInternal() {
	if r := recover(); r != nil {
		m.internal(fmt.Sprint(r))
	}
}

// WaitObj names the object a blocked goroutine waits for (as Option.Obj
// does), 0 when it waits for no single object or is not blocked.
func (g *Goroutine) WaitObj() int {
	if g.state != gBlocked {
		return 0
	}
	return int(g.waitObj)
}
