// BoringCrypto is never linked into a playground program; GOROOT's stand-in for its absence pulls in ciphers the hashes do not need, so only the declarations the hash packages use are taken from it.
//std:exclude *
//std:take doc.go Enabled
//std:take notboring.go available UnreachableExceptTests NewSHA1 NewSHA224 NewSHA256 NewSHA384 NewSHA512 SHA1 SHA224 SHA256 SHA384 SHA512 NewHMAC

// Package boring is the part of crypto/internal/boring that crypto's hash
// packages consult: it is not available.
package boring

// Unreachable is a no-op: GOROOT's marks standard crypto for a linker
// symbol check (sig.StandardCrypto, assembly) that has no meaning here.
func Unreachable() {}
