package runner

import (
	"fmt"
	"strings"

	"interleave/runner/vm"
)

// raceResult finishes a run's result for the race detector. Like a binary
// built with -race, a run that found races and would have exited with
// status 0 prints "Found N data race(s)" and exits with status 66; a run
// that panicked or called os.Exit(N≠0) keeps its status and prints no
// summary (the reports themselves were printed when the races happened).
func raceResult(m *vm.Machine, res *Result) {
	n := m.RaceCount()
	if n == 0 || res.ExitCode != 0 || res.Outcome.Kind != OutcomeOK {
		return
	}
	found := fmt.Sprintf("Found %d data race(s)\n", n)
	res.Stderr += found
	res.ExitCode = 66
	summary := m.RaceSummary()
	res.Outcome = Outcome{Kind: OutcomeRace, Message: summary}
	res.Explanation = raceExplanation(summary, n)
}

// raceExplanation says in plain words what the first race was.
func raceExplanation(summary string, n int) string {
	// summary: "data race: read at prog.go:12, previous write at prog.go:9"
	s := strings.TrimPrefix(summary, "data race: ")
	cur, prev, ok := strings.Cut(s, ", previous ")
	if !ok {
		return "Two goroutines accessed the same memory without synchronisation, and at least one of them wrote it."
	}
	cur = strings.Replace(cur, " at prog.go:", " on line ", 1)
	prev = strings.Replace(prev, " at prog.go:", " on line ", 1)
	more := ""
	if n > 1 {
		more = fmt.Sprintf(" (%d races in all)", n)
	}
	return fmt.Sprintf("Two goroutines touched the same memory without synchronisation: a %s and an earlier %s, and nothing (lock, channel, WaitGroup, atomic) orders one before the other%s.", cur, prev, more)
}
