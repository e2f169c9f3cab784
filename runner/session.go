package runner

import (
	"fmt"

	"interleave/runner/sched"
	"interleave/runner/vm"
)

// Session is a run scheduled by hand ("play the scheduler"): a person picks
// which goroutine takes each next visible step. Other choices — which
// ready select case wins, where a map iteration starts — are drawn from the
// seeded random scheduler. Every choice is recorded, so the Result's
// schedule token replays the session exactly with Run.
type Session struct {
	p       *Program
	opts    Options
	m       *vm.Machine
	other   *otherChoices
	history []int // goroutine of every step taken, in order
}

// otherChoices makes the choices a person does not: replayed picks first
// (after an undo), then seeded random ones.
type otherChoices struct {
	queue []int
	rnd   *sched.Random
}

func (o *otherChoices) Choose(cp *vm.ChoicePoint) int {
	if len(o.queue) > 0 {
		pick := o.queue[0]
		o.queue = o.queue[1:]
		return pick
	}
	return o.rnd.Choose(cp)
}

// Start begins a run to be scheduled by hand. The program runs up to the
// first visible operation of its main goroutine.
func (p *Program) Start(opts Options) *Session {
	return p.startWith(opts, nil)
}

func (p *Program) startWith(opts Options, queue []int) *Session {
	opts.Schedule = ""
	s := &Session{p: p, opts: opts, other: &otherChoices{queue: queue, rnd: sched.NewRandom(opts.Seed)}}
	s.m = p.newMachine(opts, s.other)
	s.m.StartManual()
	return s
}

// StartSchedule begins a session that replays a schedule token, as
// StartWithPicks does its picks, with the accesses the token made visible.
func (p *Program) StartSchedule(opts Options, token string) (*Session, error) {
	picks, err := sched.Decode(token)
	if err != nil {
		return nil, err
	}
	return p.StartWithPicks(withTokenView(opts, token), picks), nil
}

// StartWithPicks begins a session and replays picks, the choices of a
// schedule (as Picks or a decoded token lists them), stepping the lone
// runnable goroutine where no choice is needed. It stops right after the
// step that used the last pick, where the person takes over.
func (p *Program) StartWithPicks(opts Options, picks []int) *Session {
	opts.Schedule = ""
	q := &queue{picks: picks}
	s := &Session{p: p, opts: opts, other: &otherChoices{rnd: sched.NewRandom(opts.Seed)}}
	s.m = p.newMachine(opts, &queueFirst{q: q, then: s.other})
	s.m.StartManual()
	for q.i < len(q.picks) && !s.Done() {
		run := s.m.Runnable()
		g := run[0].G
		if len(run) > 1 {
			pick := q.next()
			if pick >= len(run) {
				pick = 0
			}
			g = run[pick].G
		}
		s.step(g)
	}
	return s
}

type queue struct {
	picks []int
	i     int
}

func (q *queue) next() int {
	q.i++
	return q.picks[q.i-1]
}

// queueFirst takes non-goroutine choices from a shared queue of picks while
// it lasts.
type queueFirst struct {
	q    *queue
	then vm.Chooser
}

func (c *queueFirst) Choose(cp *vm.ChoicePoint) int {
	if c.q.i < len(c.q.picks) {
		return c.q.next()
	}
	return c.then.Choose(cp)
}

// Goroutines describes every goroutine of the run: runnable ones with the
// operation they would perform next, blocked ones with what they wait for.
func (s *Session) Goroutines() []GoroutineState {
	next := map[int]vm.Option{}
	for _, o := range s.m.Runnable() {
		next[o.G] = o
	}
	var out []GoroutineState
	for _, g := range s.m.Goroutines() {
		st := GoroutineState{ID: g.ID, Func: g.Entry(), Status: g.Status(), Line: g.Line()}
		if o, ok := next[g.ID]; ok {
			st.Op = o.Op
		}
		if r := g.WaitReason(); r != "" {
			st.Waiting = r
		}
		out = append(out, st)
	}
	return out
}

// Step lets goroutine g perform its next visible operation and run on to
// the one after.
func (s *Session) Step(g int) error {
	if s.Done() {
		return fmt.Errorf("the run has ended")
	}
	var ids []int
	for _, o := range s.m.Runnable() {
		if o.G == g {
			s.step(g)
			return nil
		}
		ids = append(ids, o.G)
	}
	return fmt.Errorf("goroutine %d cannot run now (runnable: %v)", g, ids)
}

func (s *Session) step(g int) {
	s.m.StepChoice(g)
	s.history = append(s.history, g)
}

// Undo takes back the last step: the run is replayed from the start up to
// the step before, with the same choices.
func (s *Session) Undo() error {
	if len(s.history) == 0 {
		return fmt.Errorf("nothing to undo")
	}
	other := s.m.Choices().OtherPicks()
	steps := s.history[:len(s.history)-1]
	n := s.p.startWith(s.opts, other)
	for _, g := range steps {
		n.step(g)
	}
	*s = *n
	return nil
}

// Done reports whether the run has ended.
func (s *Session) Done() bool {
	return s.m.Done() || len(s.m.Runnable()) == 0
}

// Steps lists the goroutine of every step taken so far.
func (s *Session) Steps() []int { return append([]int(nil), s.history...) }

// Picks lists the choices made so far, as a schedule token encodes them.
func (s *Session) Picks() []int { return sched.Picks(s.m.Choices()) }

// Schedule is the token of the choices made so far.
func (s *Session) Schedule() string { return scheduleToken(s.m) }

// Result is the run's result once it is Done, nil before.
func (s *Session) Result() *Result {
	if !s.Done() {
		return nil
	}
	return s.p.result(s.m, s.opts)
}
