// The VM has no ABI and no escape analysis: of internal/abi, only the escape hints hash/maphash calls remain, and they do nothing.
//std:exclude *

// Package abi holds what Interleave's std uses of internal/abi.
package abi

// EscapeNonString forces v to be on the heap, if v contains a non-string
// pointer: a no-op in the VM.
func EscapeNonString[T any](v T) {}
