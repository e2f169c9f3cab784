package vm

// Visible copies of structs and arrays, one word at a time.
//
// gc copies a struct or array as several moves, never as one: a small
// struct field by field (a MOVQ per int field), an array or a larger struct
// in 8- or 16-byte moves, typedmemmove or duffcopy beyond, always from the
// first byte to the last (go build -gcflags=-S). A goroutine racing with
// the copy can therefore read a value half old and half new, or leave one
// behind: `p = pair{i, i}` against `q := p` shows q.a != q.b in real Go.
//
// When a load or store of an aggregate is visible (visible.go), it is one
// scheduling point per word, performed in memory order: each scalar inside
// it (a field or element that is not itself a struct or array: an int, a
// bool, a pointer, a whole string, slice, interface or complex value) is
// a word, and an array of bytes or bools (compact storage, bytes.go) is
// one word per 8 bytes. Each word step touches its own cell, so DPOR sees a field's
// word as dependent only with the accesses of that field, and the race
// detector checks each word at its own step. gc's coarser moves (two
// int32 fields read by one MOVQ, a [2]int read by one 16-byte MOVUPS)
// are schedules of this finer model in which the word steps run back to
// back, so every torn value gc can produce is reached; the finer model
// reaches a few more, which the memory model allows (a racy read of more
// than a word may observe any mix of the writes).
//
// A string, slice or interface is one word here although gc moves its two
// or three words separately: the VM holds such a header as one Go value
// and cannot represent half of one (see the design notes' Limits).
//
// Between two word steps the goroutine stops at the load or store itself;
// Machine.words remembers how far each such copy got, and for a load the
// value assembled so far (register values are snapshots: exec writes the
// result only after the last word).

// wordCopy is a visible aggregate load or store that stopped between two
// words.
type wordCopy struct {
	g     *Goroutine
	fr    *Frame
	pc    int
	done  int   // words performed
	val   Value // a load's result so far
	raced bool  // the race detector saw a race on one of the words performed
	// A receive's hand-off copy of a parked sender's operand (recvWords
	// in sendaddr.go) has ch, the channel, and from, the sender, woken
	// with the last word (nil once handed over). A refill copies into
	// ch's last buffer slot, and got is the receive's own value (the
	// buffer's head); otherwise the receive's value is val. cas is the
	// select case receiving.
	from   *waiter
	ch     *Chan
	refill bool
	cas    int32
	got    Value
	// order is the order a hand-off copy reads the words in (memmoveOrder;
	// nil: first to last): the k-th word read is order[k].
	order []int32
}

// wordCount returns how many words a visible access of a value of type t
// performs (see the file comment).
func wordCount(t *Type) int {
	switch {
	case !t.IsAggregate():
		return 1
	case t.compact():
		return int((t.Len + 7) / 8)
	case t.Kind == KArray:
		if t.Len == 0 {
			return 0
		}
		return int(t.Len) * wordCount(t.Elem)
	}
	n := 0
	for _, f := range t.Fields {
		n += wordCount(f)
	}
	return n
}

// wordAt finds word k of the value of type t held in v: a scalar's cell
// (and its type), or a chunk of compact byte storage. cell and chunk are
// both nil when v is not laid out as t says.
func wordAt(v *Value, t *Type, k int) (cell *Value, chunk []byte) {
	for t.IsAggregate() {
		if t.compact() {
			b := bytesOf(*v)
			lo := k * 8
			if lo >= len(b) {
				return nil, nil
			}
			return nil, b[lo:min(lo+8, len(b))]
		}
		var ok bool
		if v, t, k, ok = wordIn(v, t, k); !ok {
			return nil, nil
		}
	}
	return v, nil
}

// wordIn goes one level down from aggregate v of type t (not compact)
// toward its word k: the element or field holding it, its type and the
// word's index in it; false when there is no word k.
func wordIn(v *Value, t *Type, k int) (*Value, *Type, int, bool) {
	elems := v.Elems()
	if t.Kind == KArray {
		n := wordCount(t.Elem)
		if n == 0 {
			return nil, nil, 0, false // elements of no size: no words
		}
		i := k / n
		if i >= len(elems) {
			return nil, nil, 0, false
		}
		return &elems[i], t.Elem, k % n, true
	}
	for i, f := range t.Fields {
		n := wordCount(f)
		if k < n {
			if i >= len(elems) {
				return nil, nil, 0, false
			}
			return &elems[i], f, k, true
		}
		k -= n
	}
	return nil, nil, 0, false
}

// syncValues are the sync types whose methods are the machine's own
// scheduling points, named by the value they are called on (visible's
// Obj).
var syncValues = map[string]bool{"sync.Mutex": true, "sync.RWMutex": true, "sync.WaitGroup": true, "sync.Cond": true}

// syncHolding is the outermost value of a syncValues type that holds
// word k of v (of type t), or nil. A plain copy of a Mutex reads the
// words its Lock writes, but the two are described by different objects
// (the word's cell, the Mutex): for the reduction such a word is the
// Mutex's, so that a copy racing a Lock, a Broadcast or an Add is
// dependent with it (cond_copy_vs_first_use, wg_copy_vs_add).
func syncHolding(v *Value, t *Type, k int) *Value {
	for v != nil && t.IsAggregate() && !t.compact() {
		if syncValues[t.Name] {
			return v
		}
		var ok bool
		if v, t, k, ok = wordIn(v, t, k); !ok {
			return nil
		}
	}
	return nil
}

// inWords reports whether the access in, a visible load or store of a
// value of type t at address p, is performed one word at a time: every
// aggregate with a word, so that an aggregate of one word (a [1]int, a
// struct{ v int }, a [4]bool) is stored into the store buffer and loaded
// as its word is (storebuf.go), in one step.
func inWords(t *Type, p *Value) bool {
	return p != nil && t.IsAggregate() && wordCount(t) > 0
}

// wordCopyOf returns g's copy stopped at the instruction at pc of fr, or
// nil when g starts the access afresh.
func (m *Machine) wordCopyOf(g *Goroutine, fr *Frame, pc int) *wordCopy {
	for i := range m.words {
		if w := &m.words[i]; w.g == g {
			if w.fr == fr && w.pc == pc {
				return w
			}
			m.dropWordCopy(g) // stale: g went elsewhere
			return nil
		}
	}
	return nil
}

// midCopy reports whether g is stopped between two words of a copy.
func (m *Machine) midCopy(g *Goroutine) bool {
	for i := range m.words {
		if m.words[i].g == g {
			return true
		}
	}
	return false
}

func (m *Machine) dropWordCopy(g *Goroutine) {
	for i := range m.words {
		if m.words[i].g == g {
			m.words = append(m.words[:i], m.words[i+1:]...)
			return
		}
	}
}

// wordIndex is the word g's pending visible access at pc of fr performs
// next.
func (m *Machine) wordIndex(g *Goroutine, fr *Frame, pc int) int {
	if len(m.words) == 0 {
		return 0
	}
	if w := m.wordCopyOf(g, fr, pc); w != nil {
		return w.done
	}
	return 0
}

// copyWords performs the visible aggregate load or store in (at pc of g's
// frame fr, granted) word by word: each word after the first waits for the
// scheduler's grant. It reports false when g stopped between two words or
// the run ended; exec then returns, and the grant of g's next step resumes
// the copy where it stopped.
func (m *Machine) copyWords(g *Goroutine, fr *Frame, pc int, in *Instr, regs []Value) bool {
	t := in.Aux.(*Type)
	write := in.Op == opStoreV
	var p *Value
	var src Value
	if write {
		p, src = regs[in.A].Ptr(), regs[in.B]
	} else {
		p = regs[in.B].Ptr()
	}
	n := wordCount(t)
	w := m.wordCopyOf(g, fr, pc)
	if w == nil {
		m.words = append(m.words, wordCopy{g: g, fr: fr, pc: pc})
		w = &m.words[len(m.words)-1]
		if !write {
			w.val = copyVal(*p, t)
		}
	}
	for {
		k := w.done
		cell, chunk := wordAt(p, t, k)
		var other *Value // the register side: the value stored, or the load's result
		if write {
			other = &src
		} else {
			other = &w.val
		}
		ocell, ochunk := wordAt(other, t, k)
		if cell == nil && chunk == nil || ocell == nil && ochunk == nil {
			// Not laid out as t says: copy the rest at once.
			m.dropWordCopy(g)
			if write {
				storeInto(p, src, t)
			} else {
				regs[in.A] = copyVal(*p, t)
			}
			return true
		}
		if m.race != nil && in.K&kCannotRace == 0 { // a frame's own variable cannot race (kLocalLoad, kLocalStore), nor a private array
			if m.raceWord(g, pc, cell, chunk, write) {
				w.raced = true
			}
			if k == n-1 {
				m.raceGuards(g, p, pc, write, w.raced)
			}
			if m.done {
				return false
			}
		}
		switch {
		case write && chunk != nil:
			// Each word, and each chunk of bytes, joins g's store
			// buffer (storebuf.go).
			m.sbStoreBytes(g, chunk)
			copy(chunk, ochunk)
			m.sbStored(g)
		case write:
			m.sbStore(g, cell)
			*cell = *ocell
			m.sbStored(g)
		case chunk != nil:
			copy(ochunk, chunk)
			if len(m.stale) > 0 {
				m.staleBytes(g, chunk, ochunk)
			}
		default:
			*ocell = *cell
			if len(m.stale) > 0 {
				if v, stale := m.staleRead(g, cell); stale {
					*ocell = v
				}
			}
		}
		if write && in.K == 0 {
			m.writes++ // the fairness rule's count, per word stored (fair.go)
		}
		w.done++
		if w.done == n {
			if !write {
				regs[in.A] = w.val
			}
			m.dropWordCopy(g)
			return true
		}
		if !m.takeGrant(g, fr, pc) {
			return false
		}
		// takeGrant may have begun a new step (stepOn) and moved m.words.
		if w = m.wordCopyOf(g, fr, pc); w == nil {
			m.internal("a visible aggregate copy lost its place")
			return false
		}
		m.traceAccess(g, in, regs, w.done)
	}
}

// wordObj is the object of word k of the aggregate at p, for the Chooser
// and traces: the word's cell; -1 (everything) for a chunk of bytes, whose
// elements have objects of their own.
func (m *Machine) wordObj(p *Value, t *Type, k int) int {
	if p == nil {
		return -1
	}
	cell, _ := wordAt(p, t, k)
	if cell == nil {
		return -1
	}
	return m.objID(cell)
}
