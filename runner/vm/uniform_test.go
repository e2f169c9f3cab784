package vm

import (
	"math/rand/v2"
	"testing"
)

// TestUniformIsIntN: Uniform draws what rand.Rand's IntN draws from the
// same PCG state, for small and large n, powers of two and not, so that
// random schedules do not depend on which of the two Run's loop asks.
func TestUniformIsIntN(t *testing.T) {
	ns := []int{1, 2, 3, 4, 5, 7, 8, 63, 64, 65, 1000, 1 << 20, 1<<20 + 1, 1<<62 + 12345, 1<<63 - 1}
	for seed := uint64(0); seed < 20; seed++ {
		a, b := rand.NewPCG(seed, 0x1e7e41ea7e), rand.NewPCG(seed, 0x1e7e41ea7e)
		r := rand.New(a)
		for i := 0; i < 2000; i++ {
			n := ns[(i+int(seed))%len(ns)]
			if want, got := r.IntN(n), Uniform(b, n); want != got {
				t.Fatalf("seed %d draw %d: IntN(%d) = %d, Uniform = %d", seed, i, n, want, got)
			}
		}
		if a.Uint64() != b.Uint64() {
			t.Fatalf("seed %d: the sources' states differ after the draws", seed)
		}
	}
}
