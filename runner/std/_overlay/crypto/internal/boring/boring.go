// BoringCrypto is never linked into a playground program; GOROOT's stand-in for its absence pulls in ciphers the hashes do not need.
//std:exclude *

// Package boring is the part of crypto/internal/boring that crypto's hash
// packages consult: it is not available.
package boring

import "hash"

// Enabled reports whether BoringCrypto handles supported crypto operations.
const Enabled = false

// Unreachable marks code that should be unreachable when BoringCrypto is in use.
func Unreachable() {}

// UnreachableExceptTests marks code that should be unreachable when
// BoringCrypto is in use.
func UnreachableExceptTests() {}

func NewSHA1() hash.Hash   { panic("boringcrypto: not available") }
func NewSHA224() hash.Hash { panic("boringcrypto: not available") }
func NewSHA256() hash.Hash { panic("boringcrypto: not available") }
func NewSHA384() hash.Hash { panic("boringcrypto: not available") }
func NewSHA512() hash.Hash { panic("boringcrypto: not available") }

func SHA1([]byte) [20]byte   { panic("boringcrypto: not available") }
func SHA224([]byte) [28]byte { panic("boringcrypto: not available") }
func SHA256([]byte) [32]byte { panic("boringcrypto: not available") }
func SHA384([]byte) [48]byte { panic("boringcrypto: not available") }
func SHA512([]byte) [64]byte { panic("boringcrypto: not available") }

// NewHMAC is crypto/hmac's BoringCrypto path, never taken (Enabled is false).
func NewHMAC(func() hash.Hash, []byte) hash.Hash { panic("boringcrypto: not available") }
