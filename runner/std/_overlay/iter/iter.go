// Package iter is Interleave's subset of the standard iter package: Seq,
// Seq2, Pull and Pull2. Pull and Pull2 are Go's own code; the coroutine they
// run on is a goroutine here (see coro.go).
package iter

// Seq is an iterator over sequences of individual values.
// When called as seq(yield), seq calls yield(v) for each value v in the
// sequence, stopping early if yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values, most commonly
// key-value pairs.
type Seq2[K, V any] func(yield func(K, V) bool)

// Pull converts the “push-style” iterator sequence seq
// into a “pull-style” iterator accessed by the two functions
// next and stop.
//
// Next returns the next value in the sequence
// and a boolean indicating whether the value is valid.
// When the sequence is over, next returns the zero V and false.
// It is valid to call next after reaching the end of the sequence
// or after calling stop. These calls will continue
// to return the zero V and false.
//
// Stop ends the iteration. It must be called when the caller is
// no longer interested in next values and next has not yet
// signaled that the sequence is over (with a false boolean return).
// It is valid to call stop multiple times and when next has
// already returned false. Typically, callers should “defer stop()”.
//
// It is an error to call next or stop from multiple goroutines
// simultaneously.
//
// If the iterator panics during a call to next (or stop),
// then next (or stop) itself panics with the same value.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	var pull struct {
		v          V
		ok         bool
		done       bool
		yieldNext  bool
		panicValue any
	}
	c := newcoro(func(c *coro) {
		if pull.done {
			return
		}
		yield := func(v1 V) bool {
			if pull.done {
				return false
			}
			if !pull.yieldNext {
				panic("iter.Pull: yield called again before next")
			}
			pull.yieldNext = false
			pull.v, pull.ok = v1, true
			coroswitch(c)
			return !pull.done
		}
		// Recover and propagate panics from seq.
		defer func() {
			if p := recover(); p != nil {
				pull.panicValue = p
			}
			pull.done = true // Invalidate iterator
		}()
		seq(yield)
		var v0 V
		pull.v, pull.ok = v0, false
	})
	next = func() (v1 V, ok1 bool) {
		if pull.done {
			return
		}
		if pull.yieldNext {
			panic("iter.Pull: next called again before yield")
		}
		pull.yieldNext = true
		coroswitch(c)

		// Propagate panics from seq.
		if pull.panicValue != nil {
			panic(pull.panicValue)
		}
		return pull.v, pull.ok
	}
	stop = func() {
		if !pull.done {
			pull.done = true
			coroswitch(c)

			// Propagate panics from seq.
			if pull.panicValue != nil {
				panic(pull.panicValue)
			}
		}
	}
	return next, stop
}

// Pull2 converts the “push-style” iterator sequence seq
// into a “pull-style” iterator accessed by the two functions
// next and stop.
//
// Next returns the next pair in the sequence
// and a boolean indicating whether the pair is valid.
// When the sequence is over, next returns a pair of zero values and false.
// It is valid to call next after reaching the end of the sequence
// or after calling stop. These calls will continue
// to return a pair of zero values and false.
//
// Stop ends the iteration. It must be called when the caller is
// no longer interested in next values and next has not yet
// signaled that the sequence is over (with a false boolean return).
// It is valid to call stop multiple times and when next has
// already returned false. Typically, callers should “defer stop()”.
//
// It is an error to call next or stop from multiple goroutines
// simultaneously.
//
// If the iterator panics during a call to next (or stop),
// then next (or stop) itself panics with the same value.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	var pull struct {
		k          K
		v          V
		ok         bool
		done       bool
		yieldNext  bool
		panicValue any
	}
	c := newcoro(func(c *coro) {
		if pull.done {
			return
		}
		yield := func(k1 K, v1 V) bool {
			if pull.done {
				return false
			}
			if !pull.yieldNext {
				panic("iter.Pull2: yield called again before next")
			}
			pull.yieldNext = false
			pull.k, pull.v, pull.ok = k1, v1, true
			coroswitch(c)
			return !pull.done
		}
		// Recover and propagate panics from seq.
		defer func() {
			if p := recover(); p != nil {
				pull.panicValue = p
			}
			pull.done = true // Invalidate iterator.
		}()
		seq(yield)
		var k0 K
		var v0 V
		pull.k, pull.v, pull.ok = k0, v0, false
	})
	next = func() (k1 K, v1 V, ok1 bool) {
		if pull.done {
			return
		}
		if pull.yieldNext {
			panic("iter.Pull2: next called again before yield")
		}
		pull.yieldNext = true
		coroswitch(c)

		// Propagate panics from seq.
		if pull.panicValue != nil {
			panic(pull.panicValue)
		}
		return pull.k, pull.v, pull.ok
	}
	stop = func() {
		if !pull.done {
			pull.done = true
			coroswitch(c)

			// Propagate panics from seq.
			if pull.panicValue != nil {
				panic(pull.panicValue)
			}
		}
	}
	return next, stop
}
