// GOROOT's pure-Go maphash seeds from crypto/rand; the VM's deterministic generator (math/rand/v2's runtime source) seeds it here, so runs repeat.

package maphash

import "math/rand/v2"

// randUint64 returns a random seed.
func randUint64() uint64 { return rand.Uint64() }
