// Package sched holds Interleave's scheduling strategies — the Choosers that
// make a run's nondeterministic choices — and the schedule token that
// records those choices so any run can be replayed exactly.
//
// Strategies never run user code and keep no global state.
package sched

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"io"
	"math/rand/v2"
	"sync"

	"interleave/runner/vm"
)

// Random picks uniformly among the options with a seeded generator.
type Random struct{ src *rand.PCG }

// NewRandom returns a Random strategy for seed.
func NewRandom(seed int64) *Random {
	return &Random{src: rand.NewPCG(uint64(seed), 0x1e7e41ea7e)}
}

// Choose implements vm.Chooser: rand.New(src).IntN(cp.N), as vm.Uniform
// draws it.
func (r *Random) Choose(cp *vm.ChoicePoint) int { return vm.Uniform(r.src, cp.N) }

// ChooseN implements vm.NChooser: Choose's pick among n options.
func (r *Random) ChooseN(n int) int { return vm.Uniform(r.src, n) }

// PCG implements vm.PCGChooser: the machine draws ChooseN's picks from
// the same source itself.
func (r *Random) PCG() *rand.PCG { return r.src }

// IDsOnly implements vm.IDChooser.
func (r *Random) IDsOnly() bool { return true }

// Replay repeats the picks of a recorded schedule. Choices beyond the
// recording take the first option; Mismatch reports whether a recorded pick
// did not fit the program (the token belongs to another program or options).
type Replay struct {
	picks    []int
	i        int
	Mismatch bool
}

// NewReplay replays picks.
func NewReplay(picks []int) *Replay { return &Replay{picks: picks} }

// Choose implements vm.Chooser.
func (r *Replay) Choose(cp *vm.ChoicePoint) int {
	if r.i >= len(r.picks) {
		r.i++
		return 0
	}
	p := r.picks[r.i]
	r.i++
	if p >= cp.N {
		r.Mismatch = true
		return 0
	}
	return p
}

// IDsOnly implements vm.IDChooser.
func (r *Replay) IDsOnly() bool { return true }

// Exhausted reports whether every recorded pick was used.
func (r *Replay) Exhausted() bool { return r.i >= len(r.picks) }

// Prefix follows recorded picks, then defers to Then: the basis of
// systematic search and of undo in manual scheduling.
type Prefix struct {
	Picks []int
	Then  vm.Chooser
	i     int
}

// Choose implements vm.Chooser.
func (p *Prefix) Choose(cp *vm.ChoicePoint) int {
	if p.i < len(p.Picks) {
		x := p.Picks[p.i]
		p.i++
		if x < cp.N {
			return x
		}
		return 0
	}
	p.i++
	if p.Then == nil {
		return 0
	}
	return p.Then.Choose(cp)
}

// IDsOnly implements vm.IDChooser: Prefix needs no options unless Then does.
func (p *Prefix) IDsOnly() bool { return idsOnly(p.Then) }

// idsOnly reports whether c reads no vm.Option descriptions (nil reads none).
func idsOnly(c vm.Chooser) bool {
	if c == nil {
		return true
	}
	ic, ok := c.(vm.IDChooser)
	return ok && ic.IDsOnly()
}

const tokenPrefix = "s1."

// Tokens are deflated twice, Huffman-only and with fast LZ77 matching, and
// the shorter wins: random schedules are near-random bytes that Huffman
// coding alone packs best, while long runs of one pick need matching.
// Both together cost about 50 µs per 1,000 choices; the best (slowest)
// level took 300 times longer on a 300,000-choice run for a token no
// shorter. Any level decodes the same way.
var tokenLevels = [2]int{flate.HuffmanOnly, flate.BestSpeed}

// writers keeps a few flate writers per level for reuse. Not a sync.Pool:
// that is emptied at every collection, and exploring collects often.
var writers struct {
	sync.Mutex
	free [2][]*flate.Writer
}

func getWriter(level int) *flate.Writer {
	writers.Lock()
	defer writers.Unlock()
	if n := len(writers.free[level]); n > 0 {
		w := writers.free[level][n-1]
		writers.free[level] = writers.free[level][:n-1]
		return w
	}
	w, _ := flate.NewWriter(nil, tokenLevels[level])
	return w
}

func putWriter(level int, w *flate.Writer) {
	writers.Lock()
	defer writers.Unlock()
	if len(writers.free[level]) < 8 {
		writers.free[level] = append(writers.free[level], w)
	}
}

// Encode turns the picks of a run into a schedule token: varints, deflated,
// base64url, with a version prefix. picks is vm.Choices.Picks, the varints
// already.
func Encode(picks []byte) string {
	return tokenPrefix + deflate(picks)
}

// deflate compresses raw and encodes it in base64url.
func deflate(raw []byte) string {
	var bufs [2]bytes.Buffer
	for level := range tokenLevels {
		// A flate.Writer allocates about a megabyte; reuse them, or
		// encoding the token would dominate the cost of a short run.
		w := getWriter(level)
		w.Reset(&bufs[level])
		w.Write(raw)
		w.Close()
		putWriter(level, w)
	}
	best := bufs[0].Bytes()
	if b := bufs[1].Bytes(); len(b) < len(best) {
		best = b
	}
	return base64.RawURLEncoding.EncodeToString(best)
}

// Picks lists the picks of recorded choices (vm.Choices).
func Picks(c vm.Choices) []int {
	out := make([]int, 0, c.N)
	for b := c.Picks; len(b) > 0; {
		p, n := binary.Uvarint(b)
		if n <= 0 {
			break
		}
		out = append(out, int(p))
		b = b[n:]
	}
	return out
}

// ErrBadToken is returned for a token that is not a schedule token.
var ErrBadToken = errors.New("not a valid schedule token")

// MaxTokenChoices bounds a decoded token, against hostile input.
const MaxTokenChoices = 1 << 24

// Decode parses a schedule token into picks; DecodeView also returns the
// visible access sites a token may carry.
func Decode(token string) ([]int, error) {
	picks, _, err := DecodeView(token)
	return picks, err
}

// inflate undoes deflate.
func inflate(s string) ([]byte, error) {
	data, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, ErrBadToken
	}
	raw, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(data)), MaxTokenChoices*2))
	if err != nil {
		return nil, ErrBadToken
	}
	return raw, nil
}

// decodePicks parses the varint picks of a token.
func decodePicks(raw []byte) ([]int, error) {
	var picks []int
	for len(raw) > 0 {
		v, n := binary.Uvarint(raw)
		if n <= 0 || v > 1<<20 {
			return nil, ErrBadToken
		}
		picks = append(picks, int(v))
		raw = raw[n:]
	}
	return picks, nil
}
