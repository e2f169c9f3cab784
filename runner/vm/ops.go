package vm

// Opcode is one bytecode operation. Operands A, B, C are register indexes in
// the current frame (constants, parameters and free variables are registers
// too); Aux carries what does not fit. Every opcode is declared here once.
type Opcode uint8

const (
	opNop Opcode = iota

	// Data movement.
	opMove // A = B

	// Integer arithmetic on N; K normalises the result to the type's width.
	opAdd   // A = B + C
	opAdd64 // A = B + C of a 64-bit integer type (K is 0: no normalisation to read)
	opSub   // A = B - C
	opMul   // A = B * C
	opDivS  // A = B / C signed; panics on zero
	opDivU  // A = B / C unsigned
	opRemS  // A = B % C signed
	opRemU  // A = B % C unsigned
	opAnd   // A = B & C
	opOr    // A = B | C
	opXor   // A = B ^ C
	opAndNot
	opShl  // A = B << C; Aux = shift count signed
	opShrS // A = B >> C arithmetic
	opShrU // A = B >> C logical
	opEqN  // A = B.N == C.N (ints, bools, pointers-free scalars)
	opNeN  // A = B.N != C.N
	opLtS  // A = B < C signed
	opLeS
	opGtS
	opGeS
	opLtU // unsigned comparisons
	opLeU
	opGtU
	opGeU
	opNeg  // A = -B (int)
	opNot  // A = !B (bool)
	opCplI // A = ^B (int)

	// Floats: K is KFloat32 or KFloat64.
	opAddF
	opSubF
	opMulF
	opDivF
	opEqF
	opNeF
	opLtF
	opLeF
	opGtF
	opGeF
	opNegF

	// Strings.
	opConcat // A = B + C
	opEqStr
	opNeStr
	opLtStr
	opLeStr
	opGtStr
	opGeStr

	opBinary // A = B op C, slow generic path; Aux = *binInfo
	opUnary  // A = op B, slow generic path; Aux = *unInfo
	opConvert

	// Memory.
	opAlloc     // A = new cell holding zero(Aux.(*Type)); C = 1: the cell A holds already, if any, zeroed in place (cellOnly)
	opLoad      // A = *B; Aux = *Type (copied when aggregate)
	opStore     // *A = B; Aux = *Type
	opFieldAddr // A = &B.field[C]
	opField     // A = B.field[C]
	opIndexAddr // A = &B[C]; Aux = *Type of B
	opIndex     // A = B[C] (array value)
	opStrIndex  // A = B[C] (string byte)
	opSlice     // A = B[lo:hi:max]; Aux = *sliceInfo
	opExtract   // A = B.tuple[C]

	// Interfaces, closures, composite makers.
	opMakeIface   // A = iface(B) of dynamic type Aux.(*Type)
	opTypeAssert  // A = B.(Aux); Aux = *assertInfo
	opMakeClosure // A = closure; Aux = *closureInfo
	opMakeSlice   // A = make(Aux, B, C)
	opMakeMap     // A = make(Aux)
	opMakeChan    // A = make(Aux, B)

	// Control flow.
	opJump // pc = A
	opIf   // if B { pc = A } else { pc = C }

	// Compare-and-branch on N: if B op C { pc = A } else { pc = D }.
	opJEqN
	opJNeN
	opJLtS
	opJLeS
	opJGtS
	opJGeS
	opJLtU
	opJLeU
	opJGtU
	opJGeU
	opReturn    // return; Aux = []int32 result registers
	opRunDefers // run the frame's deferred calls
	opPanic     // panic(B)

	// Calls. Aux = *callInfo.
	opCall      // static call of a compiled function
	opCallIntr  // call of an intrinsic
	opCallFunc  // call of a closure value
	opInvoke    // interface method call
	opCallBuilt // builtin (len, append, ...)
	opGo        // go call
	opDefer     // defer call
	opSend      // B <- C (visible); K = kSendAddr: A holds the address C was loaded from, read when the send completes (sendaddr.go)
	opRecv      // A = <-B (visible; A = -1: the value is dropped); Aux = *recvInfo
	opSelect    // select (visible); Aux = *selectInfo
	opMapLookup // A = B[C] (visible map read); Aux = *mapInfo
	opMapUpdate // B[C] = D (visible map write window); Aux = *mapInfo
	opMapRange  // A = range B
	opMapNext   // A = next(B) (visible iteration step)
	opStrRange  // A = range B (string)
	opStrNext   // A = next(B) (string)
	opGlobal    // A = &globals[B]
	opRecover   // A = recover()

	// Visible variants of opLoad and opStore, with the same operands: a
	// scheduling point before the access. They never appear in a compiled
	// Program, only in a run's View of it (see visible.go).
	opLoadV
	opStoreV

	// Element address and array element read of compact byte storage
	// (bytes.go): opIndexAddr and opIndex when the elements are uint8 or
	// bool.
	opIndexAddrB
	opIndexB

	// The call a go thunk makes when gc would make it without a wrapper (a
	// function or function literal with no arguments and no results), as
	// the goroutine's first act: the callee's frame replaces the thunk's
	// (enterGo). Operands as opCall's (C = 0) or opCallFunc's (C = 1).
	opGoEnter

	// opAdd64 followed by an opJLtS (a for loop's i++ and, rotated into
	// its latch, i < n): fast performs the add and then the opJLtS at the
	// next pc without a dispatch between them. The opJLtS stays in the
	// code: it is the block's end, which charges the block's cost and
	// where fast stops when the budget runs out, and a jump may lead to
	// it (fuseLatches).
	opAdd64JLtS
)
