package vm

import (
	"math/bits"
	"math/rand/v2"
)

// PCGChooser is implemented by an NChooser whose ChooseN(n) is
// rand.New(src).IntN(n) of a PCG source it shares (sched.Random): Run's
// loop then draws the pick from the source itself (Uniform), without two
// interface calls and the rand.Rand around it per step. The source is
// shared, so the Chooser's own draws (other choices) and the machine's
// interleave in one sequence, as before.
type PCGChooser interface {
	NChooser
	PCG() *rand.PCG
}

// Uniform is rand.New(src).IntN(n) for n > 0: the same number drawn from
// the same state of src (TestUniformIsIntN). A draw x maps to the high
// word of x·n (Lemire's multiply-shift); the few x whose low word falls
// below 2⁶⁴ mod n are rejected so that every result is equally likely,
// and the remainder, a division, is computed only when the low word is
// below n, which it rarely is. A power of two takes x's low bits.
func Uniform(src *rand.PCG, n int) int {
	u := uint64(n)
	if u&(u-1) == 0 {
		return int(src.Uint64() & (u - 1))
	}
	hi, lo := bits.Mul64(src.Uint64(), u)
	if lo < u {
		for reject := -u % u; lo < reject; {
			hi, lo = bits.Mul64(src.Uint64(), u)
		}
	}
	return int(hi)
}
