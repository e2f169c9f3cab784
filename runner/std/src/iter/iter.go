// Package iter is Interleave's subset of the standard iter package: the Seq
// and Seq2 iterator types. Pull and Pull2 are not supported.
package iter

// Seq is an iterator over sequences of individual values.
// When called as seq(yield), seq calls yield(v) for each value v in the
// sequence, stopping early if yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values, most commonly
// key-value pairs.
type Seq2[K, V any] func(yield func(K, V) bool)
