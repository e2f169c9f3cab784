// A playground program never runs in FIPS 140-3 mode; GOROOT's check would pull in the whole FIPS module (DRBG, AES, SHA-3) for md5 and sha1.
//std:exclude *

// Package fips140only says whether only FIPS 140-3 approved algorithms
// may be used: never here.
package fips140only

import "hash"

// Enforced reports whether FIPS 140-only mode is enabled and enforced.
func Enforced() bool { return false }

// ApprovedHash is asked only when Enforced; every hash passes, as nothing
// is enforced here.
func ApprovedHash(hash.Hash) bool { return true }
