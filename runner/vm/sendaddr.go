package vm

// A send's operand read at the hand-off, as gc reads it.
//
// gc does not evaluate `ch <- x` to a value when x is addressable: the
// compiler's order pass (walk/order.go, OSEND: addrTemp) hands chansend the
// address of a global, of a variable on the heap (a captured or escaping
// one), of s[i], p.f, *p or an element of such an array, and the runtime
// copies from that address when the send completes (runtime/chan.go): at
// once when a receiver waits or the buffer has room, but a sender that
// parks keeps the address (sudog.elem) and the goroutine that takes its
// value copies it then — recv copies it into the receiver, or into the
// buffer slot its receive frees. A write to x while the sender waits is
// what the receiver gets. Everything else is copied at the statement: a
// value that is not addressable (x+1, f(), a conversion, m[k]), a local
// variable gc keeps in registers, a select's send case (order.go copies it
// into a temporary), and every operand under -race (order.go copies it so
// that a send on a nil channel is still instrumented as a read).
//
// Interleave compiles such a send to opSend with K = kSendAddr and A = the
// register holding the operand's address; the load the send's value comes
// from stays (the race detector records the read there, at the sender's
// clock, which is the clock it has at the hand-off too: it is parked in
// between). Without -race (Config.Race off) the send reads through A when
// it completes: chanOp and the scheduler's eager parking (look) queue a
// waiter holding the address (waiter.addr), and tryRecvFrom reads it when it
// takes the value, directly or into the buffer. Under -race the send sends
// the load's value, as before.

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// kSendAddr marks an opSend whose operand gc passes by address: A holds
// the address, read at the hand-off unless the run is under -race.
const kSendAddr Kind = 1

// sendByAddr reports whether the operand of send is one gc hands to
// chansend by address (see above), and if so returns the register holding
// that address: the operand is a load, used by the send alone, of a
// location another goroutine can reach, and the send statement's value
// expression is the addressable expression the load reads (not a local
// variable it was copied into, nor a conversion go/ssa elides).
func (c *fcomp) sendByAddr(s *ssa.Send) (int32, bool) {
	ld, ok := s.X.(*ssa.UnOp)
	if !ok || ld.Op != token.MUL || ld.Block() != s.Block() || frameLocal(ld.X) {
		return 0, false
	}
	if refs := ld.Referrers(); refs == nil || len(*refs) != 1 {
		return 0, false
	}
	r, ok := c.sendAddrRegs[ld]
	if !ok || !c.sendOperandAddressable(s, ld) {
		return 0, false
	}
	return r, true
}

// sendOperandAddressable looks at the send statement in the source: its
// value expression must be one gc takes the address of (ir.IsAddressable,
// with no implicit conversion around it), and an identifier must name the
// variable the load reads.
func (c *fcomp) sendOperandAddressable(s *ssa.Send, ld *ssa.UnOp) bool {
	stmt := c.sendStmt(s.Pos())
	if stmt == nil {
		return false
	}
	switch e := ast.Unparen(stmt.Value).(type) {
	case *ast.Ident:
		return c.namesVar(e, ld.X)
	case *ast.SelectorExpr:
		if x, ok := e.X.(*ast.Ident); ok {
			if g, ok := ld.X.(*ssa.Global); ok && c.isPkgName(x) {
				return g.Object() != nil && g.Object().Name() == e.Sel.Name
			}
		}
		return true // a field of an addressable struct or through a pointer: go/ssa loads it from its FieldAddr
	case *ast.IndexExpr:
		return true // an element of a slice, of an addressable array or through a pointer: loaded from its IndexAddr
	case *ast.StarExpr:
		return true
	}
	return false
}

// sendStmt finds the send statement whose arrow is at pos in the function's
// syntax (nil for code without syntax). A select's send case is none: go/ssa
// compiles a select of that one case to a plain Send, but gc copies a
// select's send value at the select.
func (c *fcomp) sendStmt(pos token.Pos) *ast.SendStmt {
	if c.sendStmts == nil {
		c.sendStmts = map[token.Pos]*ast.SendStmt{}
		if syn := c.f.SSA.Syntax(); syn != nil {
			var cases []token.Pos
			ast.Inspect(syn, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.SendStmt:
					c.sendStmts[n.Arrow] = n
				case *ast.CommClause:
					if s, ok := n.Comm.(*ast.SendStmt); ok {
						cases = append(cases, s.Arrow)
					}
				}
				return true
			})
			for _, p := range cases {
				delete(c.sendStmts, p)
			}
		}
	}
	return c.sendStmts[pos]
}

// namesVar reports whether the identifier id, as the type checker resolved
// it, is the variable at address addr: a package-level variable, or a
// function's variable on the heap (go/ssa's Alloc, or a closure's FreeVar
// for one), which both carry the variable's declaring position.
func (c *fcomp) namesVar(id *ast.Ident, addr ssa.Value) bool {
	obj, _ := c.resolve(id).(*types.Var)
	if obj == nil {
		return false
	}
	switch a := addr.(type) {
	case *ssa.Global:
		return a.Object() == obj
	case *ssa.Alloc, *ssa.FreeVar:
		return a.Pos() == obj.Pos() && obj.Pos().IsValid()
	}
	return false
}

// isPkgName reports whether id names an imported package.
func (c *fcomp) isPkgName(id *ast.Ident) bool {
	_, ok := c.resolve(id).(*types.PkgName)
	return ok
}

// resolve returns the object id refers to, looked up in the scopes of the
// package the function was declared in (nil if unknown).
func (c *fcomp) resolve(id *ast.Ident) types.Object {
	pkg := declPackage(c.f.SSA)
	if pkg == nil {
		return nil
	}
	scope := pkg.Scope().Innermost(id.Pos())
	if scope == nil {
		return nil
	}
	_, obj := scope.LookupParent(id.Name, id.Pos())
	return obj
}

// declPackage is the package whose source declares fn: an anonymous
// function's is its parent's, an instantiation's its generic function's.
func declPackage(fn *ssa.Function) *types.Package {
	for f := fn; f != nil; f = f.Parent() {
		if f.Pkg != nil {
			return f.Pkg.Pkg
		}
		if obj := f.Object(); obj != nil && obj.Pkg() != nil {
			return obj.Pkg()
		}
	}
	return nil
}

// readAddr reads the value at addr, a cell or a compact byte element. An
// aggregate is the cell's own: the caller copies it.
func readAddr(addr Value) Value {
	if p := addr.Ptr(); p != nil {
		return *p
	}
	b, _ := addr.R.(*byte) // never nil: the load nil-checked the address
	return Value{N: uint64(*b)}
}

// sendValue is the value a send that proceeds hands over (trySend copies
// it): its operand register's, or read through its address (kSendAddr,
// without -race).
func (m *Machine) sendValue(in *Instr, regs []Value) Value {
	if in.K == kSendAddr && !m.cfg.Race {
		return readAddr(regs[in.A])
	}
	return regs[in.C]
}

// sendAddrKind says how a parked send's operand is taken (waiter.addr).
type sendAddrKind uint8

const (
	sendCopied  sendAddrKind = iota // copied at the statement: waiter.val is the value
	sendByAddr                      // waiter.val is the operand's address, read when the value is taken
	sendInWords                     // the same, read a word per step by a receive (sendInWords)
)

// queueSend puts g's blocked send in into ch's send queue: a copy of its
// value, or its operand's address to be read when a receiver takes it.
// A copy of the operand g had begun (sendInWords) is dropped: its words
// are read again when the value is taken.
func (m *Machine) queueSend(g *Goroutine, ch *Chan, in *Instr, regs []Value) {
	if len(m.words) > 0 {
		m.dropWordCopy(g)
	}
	w := m.newWaiter(g)
	if in.K == kSendAddr && !m.cfg.Race {
		w.val, w.addr = regs[in.A], sendByAddr
		if m.sendInWords(g.top(), in, ch.elem) && w.val.Ptr() != nil {
			w.addr = sendInWords
		}
	} else {
		w.val = copyVal(regs[in.C], ch.elem)
	}
	ch.sendq = append(ch.sendq, w)
	ch.ver++
}

// sent is the value blocked sender w hands over, taken now: gc's recv
// copies it from the sender's address at this moment.
func (w *waiter) sent(elem *Type) Value {
	if w.addr != sendCopied {
		return copyVal(readAddr(w.val), elem)
	}
	return w.val
}

// readsSender reports whether a receive from ch now would read a blocked
// sender's operand through its address, or finish a receive's copy of
// one (settleCopy): a step reading memory another goroutine may write,
// which the scheduler counts as touching everything.
func (ch *Chan) readsSender() bool {
	if ch.copying {
		return true
	}
	for _, w := range ch.sendq {
		if w.addr != sendCopied && w.live() {
			return true
		}
	}
	return false
}

// sendInWords reports whether the hand-off copy of the by-address send in
// (pending in frame fr) is performed a word per step: its element is a
// struct or array of several words and the load of its operand is
// visible in the run's view (the race detector saw that site race, or the
// run is fine-grained). gc's chansend and recv copy the element with
// typedmemmove, a move at a time, so a goroutine writing the operand
// meanwhile can leave the receiver a value half old and half new (real
// Go: outcomes/tear_send_handoff); the receiver sees only words read
// while the send is made, so the send is made, or the parked sender
// woken, with the last word.
func (m *Machine) sendInWords(fr *Frame, in *Instr, elem *Type) bool {
	if in.K != kSendAddr || m.cfg.Race || m.view == nil || !elem.IsAggregate() || wordCount(elem) < 2 {
		return false
	}
	// The load the operand's value came from is in the send's block,
	// before it, and the last instruction before it writing its register.
	code := fr.fn.Code
	for i := fr.pc - 1; i >= 0; i-- {
		if ld := &code[i]; ld.A == in.C && (ld.Op == opLoad || ld.Op == opLoadV) {
			return ld.Op == opLoadV
		}
	}
	return false
}

// readWords reads the struct or array of type t at p for g's send pending
// at fr's pc, a word per step in memmove's order (memmoveOrder): the first word in
// the granted step, each next one with the next grant. It returns the
// value and true after the last word, or false when g stopped between two
// words (chanOp returns then; the grant of g's next step resumes the
// copy).
func (m *Machine) readWords(g *Goroutine, fr *Frame, p *Value, t *Type) (Value, bool) {
	pc := fr.pc
	w := m.wordCopyOf(g, fr, pc)
	if w == nil {
		m.words = append(m.words, wordCopy{g: g, fr: fr, pc: pc, val: copyVal(*p, t), order: memmoveOrder(t)})
		w = &m.words[len(m.words)-1]
	}
	n := wordCount(t)
	for {
		readWord(w, p, t, n)
		if w.done >= n {
			v := w.val
			m.dropWordCopy(g)
			return v, true
		}
		if !m.takeGrant(g, fr, pc) {
			return Value{}, false
		}
		// takeGrant may have begun a new step (stepOn) and moved m.words.
		if w = m.wordCopyOf(g, fr, pc); w == nil {
			m.internal("a channel hand-off copy lost its place")
			return Value{}, false
		}
	}
}

// readWord copies the next word of the value of type t (n words) at p
// into w's value, in w's order.
func readWord(w *wordCopy, p *Value, t *Type, n int) {
	k := w.done
	if w.order != nil {
		k = int(w.order[k])
	}
	cell, chunk := wordAt(p, t, k)
	ocell, ochunk := wordAt(&w.val, t, k)
	switch {
	case cell == nil && chunk == nil || ocell == nil && ochunk == nil:
		// Not laid out as t says: the rest at once.
		w.done = n - 1
		w.val = copyVal(*p, t)
	case chunk != nil:
		copy(ochunk, chunk)
	default:
		*ocell = *cell
	}
	w.done++
}

// beginHandoff records that g's receive (or case cas of its select),
// pending at fr's pc, took the parked sender from off ch's queue and
// copies its operand a word per step (recvWords): into g's result, or
// with refill into ch's last buffer slot (got is then g's own value).
// Until the copy's last word the channel is busy (Chan.copying).
func (m *Machine) beginHandoff(g *Goroutine, fr *Frame, ch *Chan, from *waiter, cas int32, refill bool, got Value) {
	if len(m.words) > 0 {
		m.dropWordCopy(g)
	}
	m.words = append(m.words, wordCopy{g: g, fr: fr, pc: fr.pc, from: from, ch: ch, refill: refill, cas: cas, got: got, val: copyVal(*from.val.Ptr(), ch.elem), order: memmoveOrder(ch.elem)})
	ch.copying = true
}

// recvWords goes on with g's hand-off copy (beginHandoff), a word per
// step: the first word in the step that took the sender, each next one
// with the next grant. It returns g's received value and true after the
// last word, or false when g stopped between two words (the grant of its
// next step resumes the copy). With the last word the copy is handed
// over: the refilled slot holds it, the sender is woken, its send made.
func (m *Machine) recvWords(g *Goroutine, fr *Frame) (Value, bool) {
	return m.recvWordsIn(g, fr, false)
}

// recvWordsIn is recvWords; with oneStep it reads one word and returns
// false without taking the next grant, for an intrinsic, which takes
// its next step by being called again (Ctx.Again).
func (m *Machine) recvWordsIn(g *Goroutine, fr *Frame, oneStep bool) (Value, bool) {
	pc := fr.pc
	w := m.wordCopyOf(g, fr, pc)
	if w == nil {
		m.internal("a channel hand-off copy lost its place")
		return Value{}, false
	}
	t := w.ch.elem
	n := wordCount(t)
	for w.from != nil { // nil: another goroutine's operation on the channel finished it (settleCopy)
		readWord(w, w.from.val.Ptr(), t, n)
		if w.done >= n {
			m.handOver(w)
			break
		}
		if oneStep || !m.takeGrant(g, fr, pc) {
			return Value{}, false
		}
		// takeGrant may have begun a new step (stepOn) and moved m.words.
		if w = m.wordCopyOf(g, fr, pc); w == nil {
			m.internal("a channel hand-off copy lost its place")
			return Value{}, false
		}
	}
	v := w.val
	if w.refill {
		v = w.got
	}
	m.dropWordCopy(g)
	return v, true
}

// handOver ends hand-off copy w, all of whose words are read: a refill's
// slot gets the value, and the parked sender wakes, its send made.
func (m *Machine) handOver(w *wordCopy) {
	ch, from := w.ch, w.from
	if w.refill {
		ch.buf[len(ch.buf)-1] = w.val // nothing else touched ch meanwhile (settleCopy)
	}
	ch.copying = false
	from.g.completed, from.g.w.cas = true, from.cas
	m.wake(from.g)
	from.val = Value{} // handed over; a plain sender's is its wakeVal
	w.from = nil
}

// settleCopy finishes the hand-off copy into or out of ch that a receive
// has begun, before another goroutine's operation on ch: Go's recv copies
// with the channel locked, so an operation arriving meanwhile waits for
// the copy to end, and the copy's remaining words are read now. The
// receiving goroutine's next step only takes its value (recvWords).
func (m *Machine) settleCopy(ch *Chan) {
	for i := range m.words {
		if w := &m.words[i]; w.ch == ch && w.from != nil {
			t := ch.elem
			n := wordCount(t)
			for w.done < n {
				readWord(w, w.from.val.Ptr(), t, n)
			}
			m.handOver(w)
			return
		}
	}
	ch.copying = false // not reached: copying is set with the copy's record
}

// copyingSent reports whether g is copying a parked sender's operand it
// took (recvWords), or has its value to take: its receive is made, and
// it may read memory another goroutine may write.
func (m *Machine) copyingSent(g *Goroutine) bool {
	for i := range m.words {
		if w := &m.words[i]; w.g == g {
			return w.ch != nil
		}
	}
	return false
}

// memmoveOrder is the order in which the runtime's memmove reads the words
// of a value of type t (nil: first to last), as the hand-off copies of
// sendDirect, recvDirect and the buffer's slots do (typedmemmove). amd64's
// memmove moves up to 256 bytes from the first to the last (the smaller
// sizes load everything into registers before storing it), but a larger
// value, on a machine with AVX, goes through avxUnaligned: it loads the
// last 128 bytes first, then the first 32, then the body from the front
// (memmove_amd64.s; also for over 1 MiB, gobble_big_data_fwd). Measured:
// real Go shows a receiver a struct whose field in the last 128 bytes is
// older than one in the middle (outcomes/tear_handoff_tail_first). A
// word is placed by the offset of its first byte.
func memmoveOrder(t *Type) []int32 {
	const head, tail = 32, 128
	if t.Size <= 256 || !t.IsAggregate() {
		return nil
	}
	offs := wordOffsets(t, 0, nil)
	if len(offs) != wordCount(t) {
		return nil // not laid out as expected: first to last
	}
	order := make([]int32, 0, len(offs))
	for k, o := range offs {
		if o >= t.Size-tail {
			order = append(order, int32(k))
		}
	}
	for k, o := range offs {
		if o < head {
			order = append(order, int32(k))
		}
	}
	for k, o := range offs {
		if o >= head && o < t.Size-tail {
			order = append(order, int32(k))
		}
	}
	return order
}

// gcAmd64 is gc's layout on amd64, whose memmove memmoveOrder follows.
var gcAmd64 = types.SizesFor("gc", "amd64")

// wordOffsets appends the byte offset, from base, of each word of a value
// of type t (words.go: wordCount of them, in wordAt's order).
func wordOffsets(t *Type, base int64, out []int64) []int64 {
	switch {
	case !t.IsAggregate():
		return append(out, base)
	case t.compact():
		for k := range wordCount(t) {
			out = append(out, base+int64(8*k))
		}
		return out
	case t.Kind == KArray:
		for i := range t.Len {
			out = wordOffsets(t.Elem, base+i*t.Elem.Size, out)
		}
		return out
	}
	st, _ := t.T.Underlying().(*types.Struct)
	if st == nil || st.NumFields() != len(t.Fields) {
		return out
	}
	vars := make([]*types.Var, st.NumFields())
	for i := range vars {
		vars[i] = st.Field(i)
	}
	offs := gcAmd64.Offsetsof(vars)
	for i, f := range t.Fields {
		out = wordOffsets(f, base+offs[i], out)
	}
	return out
}
