// GOROOT's Unwrap reaches crypto/sha3's inner state through a linkname, which the VM does not resolve; the unwrapped digest only informs FIPS 140-3's service indicator, which a playground program never reads.
//std:remove sha3Unwrap

package fips140hash

import (
	_ "crypto/sha3" // linked as in Go: importing crypto/hmac registers SHA-3 with crypto.Hash
	"hash"
)

// Unwrap returns h unchanged: HMAC and the KDFs compute the same bytes over
// the wrapper as over the inner digest.
func Unwrap(h hash.Hash) hash.Hash { return h }
