package runner

import (
	"errors"
	"go/format"
)

// Program is a compiled Go program, immutable and safe to run many times.
type Program struct {
	src       string
	lockSites []LockSite
}

// Compile type-checks and compiles src, a complete main package.
func Compile(src string) (*Program, error) {
	return nil, errors.New("engine under construction")
}

// LockSites lists the program's lock call sites.
func (p *Program) LockSites() []LockSite { return p.lockSites }

// Run executes the program once.
func (p *Program) Run(opts Options) *Result {
	return &Result{Outcome: Outcome{Kind: OutcomeInternal, Message: "engine under construction"}}
}

// Explore runs the program under many schedules.
func (p *Program) Explore(opts ExploreOptions) *ExploreResult {
	return &ExploreResult{}
}

// Session is a run whose scheduling choices are made by a person.
type Session struct{}

// Start begins a manually scheduled run.
func (p *Program) Start(opts Options) *Session { return &Session{} }

// Goroutines lists the session's goroutines.
func (s *Session) Goroutines() []GoroutineState { return nil }

// Step lets goroutine g take its next visible step.
func (s *Session) Step(g int) error { return errors.New("engine under construction") }

// Done reports whether the run has ended.
func (s *Session) Done() bool { return true }

// Result is the run's result once Done.
func (s *Session) Result() *Result { return &Result{} }

// Format formats Go source like gofmt.
func Format(src string) (string, error) {
	out, err := format.Source([]byte(src))
	return string(out), err
}
