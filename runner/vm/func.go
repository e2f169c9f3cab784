package vm

import (
	"go/token"
	"sort"
	"sync/atomic"

	"golang.org/x/tools/go/ssa"
)

// Instr is one bytecode instruction. See ops.go for each opcode's operands.
type Instr struct {
	Op      Opcode
	K       Kind   // width normalisation or operand kind for typed opcodes
	Cost    uint16 // on a block's last instruction: the block's length, charged to the budget
	A, B, C int32
	D       int32 // second branch target of compare-and-branch opcodes
	Line    int32 // source line in prog.go; 0 in library code
	Aux     any
}

// Func is a compiled function.
type Func struct {
	Name      string // as the Go runtime prints it, e.g. "main.(*Cache).Set"
	SSA       *ssa.Function
	Code      []Instr
	NRegs     int
	NParams   int
	FreeBase  int     // first register of the free variables
	NFree     int     //
	Consts    []Value // copied into registers [ConstBase, ConstBase+len) on entry
	ConstBase int
	RecoverPC int // where a recovered panic resumes; -1 if none
	// FrameBytes estimates gc's stack frame for the function (see
	// frameBytes), so that deep recursion overflows where Go's does.
	FrameBytes int64
	Intr       *Intrinsic
	Thunk      bool // synthetic trampoline for go and defer; hidden from traces
	// Wrapper marks a thunk a traceback shows: gc's wrapper of a go or
	// defer of the builtin panic (main.main.deferwrap1), which Go's
	// traceback prints because it calls gopanic directly (Name is gc's).
	Wrapper bool
	User    bool // declared in prog.go
	Pos     token.Pos
	Line    int32
	src     []srcRun // library code: the source position from each pc on (Source)
	// deferLines: the program's RunDefers instructions (by pc) whose line
	// a traceback shows differently from Instr.Line: gc runs the deferred
	// calls at the return statement, or at the closing brace where control
	// falls off the end (runDefersLine). Only tracebacks read it.
	deferLines map[int]int32
	compiled   bool
	idx        int32     // 1 + its index among the functions with access sites; 0 if none (visible.go)
	refs       []*Func   // for a function of the Image: the functions its code reaches
	ifaces     []*Type   // for a function of the Image: the types its code converts to interfaces (rtypes.go)
	err        *PosError // why it could not be compiled
	// The registers the cycle check (preempt.go) compares by contents: the
	// address of a frame's own variable (an Alloc that does not escape, see
	// kLocalStore) or of part of one, which a loop's turn allocates afresh,
	// and struct and array values, which a load copies afresh.
	locals []localCell
	// openDefer is the function's one deferred call when it is open-coded
	// (openDeferOK): its defer statement sets the frame's openDefer bit
	// instead of making a deferRec, and the call takes its operands from
	// the registers the statement named, which nothing writes again while
	// the frame lives. A parked 'defer wg.Done(); <-start' goroutine keeps
	// no record of its deferred call.
	openDefer *callInfo
	// leftStores are the stores of listed appends' varargs arrays, left
	// out of Code (listed.go): each the pc of the instruction emitted
	// after it, where stdIndex numbers its access site, so that the
	// library's site IDs stay what they were.
	leftStores []int32
	// gc is what the collector needs of a function of the program's own
	// (final.go's liveness); nil for the library's.
	gc *gcInfo
}

// srcRun says that the instructions from pc on come from pos (library
// code keeps positions this way rather than in Instr.Line, which is prog.go's).
type srcRun struct {
	pc  int32
	pos token.Pos
}

// Source is where library code is at pc: the file and line of the source it
// was generated from ($GOROOT/src/sync/once.go:69; see runner/std's
// sourceLines); a zero Position if nothing is known.
func (f *Func) Source(pc int) token.Position {
	i := sort.Search(len(f.src), func(i int) bool { return int(f.src[i].pc) > pc }) - 1
	if i < 0 || f.SSA == nil {
		return token.Position{}
	}
	return f.SSA.Prog.Fset.Position(f.src[i].pos)
}

// localCell is a register compared by contents: what it points to (deref),
// or the aggregate it holds, of type t.
type localCell struct {
	reg   int32
	deref bool
	t     *Type
}

// isLocal reports whether register j is one of f's locals.
func (f *Func) isLocal(j int) bool {
	for _, l := range f.locals {
		if int(l.reg) == j {
			return true
		}
	}
	return false
}

// callInfo describes a call site.
type callInfo struct {
	fn       *Func                       // opCall: static callee
	intr     *Intrinsic                  // opCallIntr
	args     []int32                     // argument registers (for opInvoke, excluding the receiver)
	fnReg    int32                       // opCallFunc: closure register; opInvoke: interface register
	method   string                      // opInvoke: method name
	builtin  string                      // opCallBuilt
	types    []*Type                     // argument types (builtins, intrinsics)
	result   *Type                       // result type
	lock     *lockCand                   // the user's lock site, if this is one
	cache    atomic.Pointer[invokeCache] // opInvoke inline cache; code is shared by parallel machines
	thunk    *Func                       // opGo, opDefer: the trampoline to run (fn names its target)
	site     *goSite                     // opGo: the goroutines' shared names
	spread   []int32                     // registers that receive the results, A being -1 (see fcomp.spread)
	appendsT bool                        // append(s, t...): the runtime copies t (slicecopy), not a varargs array
	listed   []int32                     // append(s, x, y…) without its varargs array (listed.go): x, y's registers; args is s alone
	private  bool                        // append, copy, clear into a private slice (private.go): not a write others see
	mayPoll  bool                        // opCallIntr: the intrinsic's call can be a poll (fair.go's mayPoll)
	print    []printPart                 // print, println: its writes (print.go); non-nil for them
	// Every argument, or the one result, is a scalar (bool, integer,
	// float: N alone, R nil): fast's calls copies N alone, as fast writes
	// scalar results (a scalar register's R is nil, see newFrame).
	scalarArgs, scalarResult bool
}

// scalarKind reports whether values of kind k live in N alone.
func scalarKind(k Kind) bool { return k >= KBool && k <= KFloat64 }

// closureInfo describes a MakeClosure.
type closureInfo struct {
	fn       *Func
	bindings []int32
}

// assertInfo describes a TypeAssert.
type assertInfo struct {
	to       *Type
	from     *Type
	commaOk  bool
	nilCheck bool  // the receiver check of an interface method value
	ok       int32 // comma-ok spread into registers A and ok (see fcomp.spread); -1: a tuple in A
}

// sliceInfo describes a Slice.
type sliceInfo struct {
	lo, hi, max int32 // -1 when absent
	x           *Type
	result      *Type
}

// mapInfo describes a map access.
type mapInfo struct {
	m       *Type
	commaOk bool
	ok      int32 // comma-ok spread into registers A and ok (see fcomp.spread); -1: a tuple in A
	val     int32 // opMapUpdate: value register
	// opMapUpdate: the store of a read-modify-write (m[k]++) into the slot
	// its folded Lookup's mapassign returned: a plain store, no map write.
	rmw bool
}

// recvInfo describes a receive.
type recvInfo struct {
	commaOk bool
	ok      int32 // comma-ok spread into registers A and ok (see fcomp.spread); -1: a tuple in A
	elem    *Type
}

// selectInfo describes a select statement.
type selectInfo struct {
	blocking bool
	chans    []int32
	sends    []int32 // value register for send cases, -1 for receives
	dirSend  []bool
	elems    []*Type // element type per case
	lines    []int32
}

// binInfo describes a generic binary operation.
type binInfo struct {
	op token.Token
	t  *Type // operand type
}

// convInfo describes a conversion.
type convInfo struct {
	from, to *Type
	// tmp: gc converts string(b) in place, without copying, where the
	// string does not outlive the expression (comparison, concatenation
	// with a literal, map lookup key): -race shows
	// runtime.slicebytetostringtmp there.
	tmp bool
}

// invokeCache remembers the method an opInvoke site found for the last
// dynamic type it saw. The pair is immutable and swapped as one pointer:
// parallel explorers (and, through the shared std image, other programs)
// run the same code, so two separate fields could be read half-updated.
type invokeCache struct {
	t  *Type
	fn *Func
}
