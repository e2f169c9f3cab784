package vm

// The intrinsics behind the top-level functions of math/rand and
// math/rand/v2: the runtime's generator, which runner/std/_overlay keeps
// in package variables (an rngSource, a PCG); these step them in place. Doing it here rather than
// in the stubs' Go code keeps a step out of the race detector's sight (it
// sees only the loads and stores exec performs) and makes it no scheduling
// point, as Go's own global generators are internally synchronised. Which
// goroutine draws first decides what each gets, though: a draw is an
// ambient use (AmbientUses), so dfs reorders its step with every other.

import "math/bits"

// rngStep is math/rand's (*rngSource).Uint64 on the rngSource a[0] points
// to: struct{ tap, feed int; vec [607]int64 }.
func rngStep(c *Ctx, a []Value) Value {
	c.M.ambientUses++
	p := a[0].Ptr()
	if p == nil {
		c.M.nilDeref(c.G)
		return Value{}
	}
	f := p.Elems()
	vec := f[2].Elems()
	n := int64(len(vec))
	tap := int64(f[0].N) - 1
	if tap < 0 {
		tap += n
	}
	feed := int64(f[1].N) - 1
	if feed < 0 {
		feed += n
	}
	x := vec[feed].N + vec[tap].N
	vec[feed].N = x
	f[0].N, f[1].N = uint64(tap), uint64(feed)
	return Value{N: x}
}

// pcgStep is math/rand/v2's (*PCG).Uint64 on the PCG a[0] points to:
// struct{ hi, lo uint64 }.
func pcgStep(c *Ctx, a []Value) Value {
	c.M.ambientUses++
	p := a[0].Ptr()
	if p == nil {
		c.M.nilDeref(c.G)
		return Value{}
	}
	f := p.Elems()
	const (
		mulHi = 2549297995355413924
		mulLo = 4865540595714422341
		incHi = 6364136223846793005
		incLo = 1442695040888963407
	)
	phi, plo := f[0].N, f[1].N
	hi, lo := bits.Mul64(plo, mulLo)
	hi += phi*mulLo + plo*mulHi
	lo, carry := bits.Add64(lo, incLo, 0)
	hi, _ = bits.Add64(hi, incHi, carry)
	f[0].N, f[1].N = hi, lo

	const cheapMul = 0xda942042e4dd58b5
	hi ^= hi >> 32
	hi *= cheapMul
	hi ^= hi >> 48
	hi *= (lo | 1)
	return Value{N: hi}
}
