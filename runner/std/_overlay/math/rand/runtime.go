// The top-level functions draw from the runtime's generator (a go:linkname); the VM's is deterministic, seeded with 1 for every run, and stepped by an intrinsic that neither the race detector nor the scheduler sees, as Go's is internally synchronised.

package rand

// runtimeRng is the state of runtime_rand.
var runtimeRng = seeded(1)

func seeded(seed int64) (rng rngSource) {
	rng.Seed(seed)
	return rng
}

func runtime_rand() uint64 { return rngStep(&runtimeRng) }

// rngStep is rng.Uint64, done by the VM. An intrinsic.
func rngStep(rng *rngSource) uint64
