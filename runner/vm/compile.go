package vm

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/types/typeutil"
)

// Program is a whole compiled program: every function reachable from main,
// the interned types, and the layout of package-level variables.
type Program struct {
	Fset      *token.FileSet
	SSA       *ssa.Program
	File      *token.File // the user's file
	Inits     []*Func     // package initialisers, dependencies first
	Main      *Func
	LockSites []LockSite

	img         *Image
	types       *typeTable              // the image's
	mainPkg     *types.Package          // what makes a function this program's own (image.go)
	funcs       map[*ssa.Function]*Func // every function the program reaches
	globals     map[*ssa.Global]int32   // the program's globals and their slots
	globalTypes []*Type                 // by slot; nil for slots of other programs' packages
	userGlobals []*ssa.Global           // the main package's, laid out after the image's
	slots       []int32                 // the program's slots in globalTypes, in order
	own         []*Func                 // functions compiled for this program alone
	cur         *Func                   // the shared function being compiled, for refs
	queue       []*Func
	rtSeen      typeutil.Map   // runtime types already visited (rtypes.go)
	rtReached   map[*Type]bool // types whose closure's methods an adopted function reached (reachClosure)

	initPkgs     []*ssa.Package // by Inits index: the package it initialises
	picksHint    atomic.Int64   // room for the picks a run starts with: the last run's, with some slack (New, Run)
	templateOnce sync.Once
	template     *template // the std's state after its initialisers (stdTemplate)
	templateArgs string
	startOnce    sync.Once
	startAll     *Func
	startMain    *Func
	errs         []PosError
	rmwReads     map[token.Pos]bool      // map reads that gc folds into a mapassign
	typeAsserts  map[token.Pos]bool      // the Lparen of every x.(T) in the user's code
	printVars    map[token.Pos][]bool    // by the Lparen of a print or println call in the user's code: which arguments name variables (printPlan)
	access       accessTable             // plain load and store sites (visible.go)
	rmwWrites    map[token.Pos]bool      // map updates that store into that mapassign's slot
	lockCands    map[token.Pos]*lockCand // candidate lock calls by call or defer position
	errorType    *Type
	rtErrorType  *Type
	rtPlainType  *Type
	rtBoundsType *Type
	rtAssertTy   *Type
	rtPanicNil   *Type // *runtime.PanicNilError, what panic(nil) panics with
	stringType   *Type
	intType      *Type
	timeLocal    int32 // the slot of time.Local, which Now's times carry; -1 without package time
	boolType     *Type
	anyType      *Type
	// countsGoroutines: the program reaches runtime.NumGoroutine, the one
	// function that observes goroutines ending and starting. Then a
	// goroutine's exit and a go statement are scheduling points (goexit).
	countsGoroutines bool
}

// PosError is a compile error at a position.
type PosError struct {
	Pos token.Pos
	Msg string
}

// LockSite is a Lock/Unlock call site in the user's code.
type LockSite struct {
	ID       int
	Pos      token.Pos
	End      token.Pos
	Op       string // Lock, Unlock, RLock, RUnlock
	Recv     string // receiver expression as written
	Deferred bool
	Pair     int      // ID of the matching site, or -1
	body     ast.Node // the function around it (numberLockSites)
}

// lockCand is a call in the user's code that may be a lock site; it becomes
// one when SSA shows it calls sync.(*Mutex) or sync.(*RWMutex).
type lockCand struct {
	site LockSite
	used bool
	id   int
}

// Build compiles an SSA program whose main package is mainPkg. syntax holds
// the user's files, used to recover what gc does differently from SSA.
func Build(prog *ssa.Program, mainPkg *ssa.Package, userFile *token.File, syntax []*ast.File) (*Program, []PosError) {
	return BuildShared(NewImage(), prog, mainPkg, userFile, syntax)
}

// BuildShared is Build with the standard library's compiled code taken
// from, and added to, img. Every Program built with one img must come from
// the same ssa.Program.
func BuildShared(img *Image, prog *ssa.Program, mainPkg *ssa.Package, userFile *token.File, syntax []*ast.File) (*Program, []PosError) {
	img.mu.Lock()
	defer img.mu.Unlock()
	p := &Program{
		Fset:        prog.Fset,
		SSA:         prog,
		File:        userFile,
		img:         img,
		types:       &img.types,
		mainPkg:     mainPkg.Pkg,
		funcs:       map[*ssa.Function]*Func{},
		globals:     map[*ssa.Global]int32{},
		rmwReads:    map[token.Pos]bool{},
		typeAsserts: map[token.Pos]bool{},
		printVars:   map[token.Pos][]bool{},
		rmwWrites:   map[token.Pos]bool{},
		lockCands:   map[token.Pos]*lockCand{},
		timeLocal:   -1,
	}
	for _, f := range syntax {
		p.scanSyntax(f)
	}
	p.errorType = p.types.intern(types.Universe.Lookup("error").Type())
	p.stringType = p.types.intern(types.Typ[types.String])
	p.intType = p.types.intern(types.Typ[types.Int])
	p.boolType = p.types.intern(types.Typ[types.Bool])
	p.anyType = p.types.intern(types.NewInterfaceType(nil, nil))
	if rt := prog.ImportedPackage("runtime"); rt != nil {
		p.rtErrorType = p.types.intern(rt.Type("errorString").Type())
		p.rtBoundsType = p.types.intern(rt.Type("boundsError").Type())
		p.rtPlainType = p.types.intern(rt.Type("plainError").Type())
		p.rtAssertTy = p.types.intern(types.NewPointer(rt.Type("TypeAssertionError").Type()))
		for _, t := range []types.Type{rt.Type("errorString").Type(), rt.Type("boundsError").Type(), rt.Type("plainError").Type(), types.NewPointer(rt.Type("TypeAssertionError").Type())} {
			p.addMethods(t)
		}
		if m, ok := rt.Members["PanicNilError"].(*ssa.Type); ok {
			t := types.NewPointer(m.Type())
			p.rtPanicNil = p.types.intern(t)
			p.addMethods(t)
		}
	}

	// Package initialisers in dependency order, then main.
	var pkgs []*ssa.Package
	seen := map[*ssa.Package]bool{}
	var visit func(pk *ssa.Package)
	visit = func(pk *ssa.Package) {
		if pk == nil || seen[pk] {
			return
		}
		seen[pk] = true
		for _, imp := range pk.Pkg.Imports() {
			visit(prog.Package(imp))
		}
		pkgs = append(pkgs, pk)
	}
	visit(mainPkg)
	for _, pk := range pkgs {
		for _, m := range pk.Members {
			if g, ok := m.(*ssa.Global); ok {
				if pk == mainPkg {
					p.userGlobals = append(p.userGlobals, g)
				} else {
					p.globals[g] = img.global(g)
					if pk.Pkg.Path() == "time" && g.Name() == "Local" {
						p.timeLocal = p.globals[g]
					}
				}
			}
		}
		p.Inits = append(p.Inits, p.funcFor(pk.Func("init")))
		p.initPkgs = append(p.initPkgs, pk)
	}
	p.layoutGlobals()
	if m := mainPkg.Func("main"); m != nil {
		p.Main = p.funcFor(m)
	}
	// Every method of every type that may sit in an interface: the types
	// converted to interfaces by the code compiled (see runtimeTypes).
	for len(p.queue) > 0 {
		f := p.queue[0]
		p.queue = p.queue[1:]
		if img.funcs[f.SSA] == f {
			p.cur = f
		}
		p.compileFunc(f)
		ifaces := p.noteRuntimeTypes(f.SSA)
		if p.cur != nil {
			f.ifaces = ifaces
		}
		p.cur = nil
	}
	p.numberLockSites()
	p.indexAccessSites()
	if rt := prog.ImportedPackage("runtime"); rt != nil {
		if fn := rt.Func("NumGoroutine"); fn != nil {
			_, p.countsGoroutines = p.funcs[fn]
		}
	}
	sort.Slice(p.errs, func(i, j int) bool { return p.errs[i].Pos < p.errs[j].Pos })
	return p, p.errs
}

// addMethods registers t's method set on its interned Type.
func (p *Program) addMethods(t types.Type) {
	rt := p.types.intern(t)
	if rt.methods != nil {
		// Registered by this program or, for a type of the image, by an
		// earlier one: the program still reaches the methods.
		for _, f := range rt.methods {
			p.reach(f)
		}
		return
	}
	// Filled first, then published: a machine running another program
	// may look the type up (reflection interns types as it runs).
	methods := map[string]*Func{}
	mset := p.SSA.MethodSets.MethodSet(t)
	for i := 0; i < mset.Len(); i++ {
		sel := mset.At(i)
		fn := p.SSA.MethodValue(sel)
		if fn == nil {
			continue
		}
		methods[methodKey(sel.Obj())] = p.funcFor(fn)
	}
	rt.methods = methods
}

func methodKey(obj types.Object) string {
	if obj.Exported() {
		return obj.Name()
	}
	return obj.Pkg().Path() + "." + obj.Name()
}

// scanSyntax records what the gc compiler treats specially: map
// read-modify-writes (m[k]++, m[k] op= v, m[k] = append(m[k], x)), which gc
// lowers to one mapassign followed by a plain load and store of the slot it
// returns, and every lock call site.
func (p *Program) scanSyntax(f *ast.File) {
	rmw := func(read, write *ast.IndexExpr) {
		p.rmwReads[read.Lbrack] = true
		p.rmwWrites[write.Lbrack] = true
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			p.typeAsserts[n.Lparen] = true
		case *ast.DeferStmt:
			p.lockCandidate(n.Call, n.Defer, true)
		case *ast.CallExpr:
			p.lockCandidate(n, n.Lparen, false)
			if id, ok := n.Fun.(*ast.Ident); ok && id.Obj == nil && (id.Name == "print" || id.Name == "println") {
				vars := make([]bool, len(n.Args))
				for i, a := range n.Args {
					vars[i] = namesVariable(a)
				}
				p.printVars[n.Lparen] = vars
			}
		case *ast.IncDecStmt:
			if ix, ok := ast.Unparen(n.X).(*ast.IndexExpr); ok {
				rmw(ix, ix)
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != 1 || len(n.Rhs) != 1 {
				return true
			}
			lhs, ok := ast.Unparen(n.Lhs[0]).(*ast.IndexExpr)
			if !ok {
				return true
			}
			switch n.Tok {
			case token.QUO_ASSIGN, token.REM_ASSIGN:
				// gc rewrites m[k] /= r into m[k] = m[k] / r (so that a
				// division by zero panics before the map is touched): a
				// map read, then a mapassign.
				return true
			case token.ASSIGN, token.DEFINE:
			default:
				rmw(lhs, lhs)
				return true
			}
			if call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); ok && len(call.Args) > 0 {
				if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "append" {
					if rix, ok := ast.Unparen(call.Args[0]).(*ast.IndexExpr); ok && types.ExprString(rix) == types.ExprString(lhs) {
						rmw(rix, lhs)
					}
				}
			}
		}
		return true
	})
}

// funcFor returns the Func for fn, queueing it for compilation.
func (p *Program) funcFor(fn *ssa.Function) *Func {
	if fn == nil {
		return nil
	}
	if f, ok := p.funcs[fn]; ok {
		p.ref(f)
		return f
	}
	shared := p.shareable(fn)
	if shared {
		if f := p.img.funcs[fn]; f != nil {
			p.reach(f)
			return f
		}
	}
	f := &Func{Name: runtimeName(fn), SSA: fn, Pos: fn.Pos(), RecoverPC: -1}
	f.User = p.isUser(fn.Pos())
	if f.User {
		f.Line = int32(p.Fset.Position(fn.Pos()).Line)
	}
	p.funcs[fn] = f
	if shared {
		p.img.funcs[fn] = f
	} else {
		p.own = append(p.own, f)
	}
	p.ref(f)
	p.queue = append(p.queue, f)
	return f
}

func (p *Program) isUser(pos token.Pos) bool {
	return pos.IsValid() && p.File != nil && p.File.Base() <= int(pos) && int(pos) <= p.File.Base()+p.File.Size()
}

func (p *Program) line(pos token.Pos) int32 {
	if !p.isUser(pos) {
		return 0
	}
	return int32(p.File.Line(pos))
}

// runtimeName renders fn's name the way Go's tracebacks do:
// main.CrashMap.func1, main.(*Cache).Set, main.T.M-fm.
func runtimeName(fn *ssa.Function) string {
	if fn.Parent() != nil {
		parent := fn.Parent()
		idx := 0
		for i, a := range parent.AnonFuncs {
			if a == fn {
				idx = i + 1
			}
		}
		pn := runtimeName(parent)
		if parent.Parent() != nil {
			return fmt.Sprintf("%s.%d", pn, idx)
		}
		return fmt.Sprintf("%s.func%d", pn, idx)
	}
	name := fn.Name()
	// go/ssa numbers a package's init functions init#1, init#2…; gc names
	// them init.0, init.1… (its package initializer, running the variables'
	// initialisers, is plain init, as go/ssa's).
	if n, err := strconv.Atoi(strings.TrimPrefix(name, "init#")); err == nil && strings.HasPrefix(name, "init#") {
		name = "init." + strconv.Itoa(n-1)
	}
	if i := strings.Index(name, "$bound"); i >= 0 {
		name = name[:i] + "-fm"
	}
	if i := strings.Index(name, "$"); i >= 0 {
		name = name[:i]
	}
	if i := strings.Index(name, "["); i >= 0 {
		name = name[:i] + "[...]"
	}
	pkg := ""
	if fn.Pkg != nil {
		pkg = fn.Pkg.Pkg.Path()
	} else if o := fn.Object(); o != nil && o.Pkg() != nil {
		pkg = o.Pkg().Path()
	}
	if recv := fn.Signature.Recv(); recv != nil {
		t := recv.Type()
		ptr := false
		if pt, ok := t.(*types.Pointer); ok {
			t, ptr = pt.Elem(), true
		}
		tn := types.TypeString(t, func(*types.Package) string { return "" })
		if i := strings.Index(tn, "["); i >= 0 {
			tn = tn[:i] + "[...]"
		}
		if ptr {
			return fmt.Sprintf("%s.(*%s).%s", pkg, tn, name)
		}
		return fmt.Sprintf("%s.%s.%s", pkg, tn, name)
	}
	if pkg == "" {
		return name
	}
	return pkg + "." + name
}

// fcomp compiles one function.
type fcomp struct {
	p      *Program
	f      *Func
	at     ssaPos // the SSA instruction being compiled, for f.gc
	regs   map[ssa.Value]int32
	nregs  int32
	code   []Instr
	consts []Value
	cidx   map[any]int32
	line   int32
	src    token.Pos // in library code: the last position seen (Func.src)
	blocks []int     // pc of each block
	fixups []fixup

	spreads  map[ssa.Value]bool // comma-ok tuples written straight into their Extracts' registers
	phiRegs  map[int32]bool     // registers phis share with other values (coalescePhis)
	phiKnown bool
	elided   int // Extracts and listed appends' arrays left out of the current block, still charged (setCost)

	// Appends whose varargs array is left out (listed.go): the values
	// each call appends, and the instructions that compile to nothing.
	listed  map[*ssa.Call][]ssa.Value
	leftOut map[ssa.Instruction]bool

	// Writes no other goroutine can see (private.go).
	priv  map[ssa.Value]bool  // slices whose arrays never leave the frame
	inits map[*ssa.Store]bool // stores initialising an object nobody else can hold yet

	// Sends whose operand gc passes by address (sendaddr.go).
	sendAddrRegs map[*ssa.UnOp]int32         // a load a send alone uses: its address register
	sendStmts    map[token.Pos]*ast.SendStmt // the function's send statements by arrow, built on first need
}

type fixup struct {
	pc    int
	field byte // 'A' or 'C'
	block int  // block index, or -(trampoline index + 1)
}

func (p *Program) compileFunc(f *Func) {
	if f.compiled {
		return
	}
	f.compiled = true
	fn := f.SSA
	if fn.Blocks == nil {
		name := fn.String()
		if intr := lookupIntrinsic(name); intr != nil {
			f.Intr = intr
			return
		}
		if o := fn.Origin(); o != nil {
			// An instance of a generic intrinsic (runtime.AddCleanup[…]).
			if intr := lookupIntrinsic(o.String()); intr != nil {
				f.Intr = intr
				return
			}
		}
		if p.isUser(fn.Pos()) {
			f.err = &PosError{fn.Pos(), "missing function body"}
		} else {
			f.err = &PosError{token.NoPos, fmt.Sprintf("internal error: %s has no implementation in Interleave", name)}
		}
		p.errs = append(p.errs, *f.err)
		return
	}
	c := &fcomp{p: p, f: f, regs: map[ssa.Value]int32{}, cidx: map[any]int32{}, line: f.Line, at: noPos}
	if f.User {
		f.gc = &gcInfo{regs: c.regs}
	}
	for _, prm := range fn.Params {
		c.regs[prm] = c.newReg()
	}
	f.NParams = len(fn.Params)
	f.FreeBase = int(c.nregs)
	for _, fv := range fn.FreeVars {
		c.regs[fv] = c.newReg()
	}
	f.NFree = len(fn.FreeVars)
	// Constants get registers filled on entry: those an instruction reads.
	f.ConstBase = int(c.nregs)
	var ops []*ssa.Value
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			ops = in.Operands(ops[:0])
			named := namedFunc(in)
			for _, o := range ops {
				if o != nil && *o != nil && o != named {
					c.constReg(*o)
				}
			}
		}
	}
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			if v, ok := in.(ssa.Value); ok {
				if _, isTuple := v.Type().(*types.Tuple); isTuple || !isVoid(v) {
					if unreadReceive(v) {
						// A receive whose value nobody reads writes no
						// register (setRecv): a parked goroutine's frame
						// is smaller.
						c.regs[v] = -1
						continue
					}
					c.regs[v] = c.newReg()
				}
			}
		}
	}
	c.coalescePhis()
	c.priv, c.inits = privateSlices(fn), initStores(fn)
	if !f.User {
		c.listAppends(fn)
	}
	c.blocks = make([]int, len(fn.Blocks))
	var tramps [][]Instr
	lost := lostRunDefers(fn)
	for _, b := range fn.Blocks {
		c.blocks[b.Index] = len(c.code)
		runAt := -1
		if lost {
			runAt = runDefersIndex(b)
		}
		for i, in := range b.Instrs {
			c.at = ssaPos{int32(b.Index), int32(i)}
			if i == runAt {
				c.emit(Instr{Op: opRunDefers})
			}
			pos := in.Pos()
			if s2a, ok := in.(*ssa.SliceToArrayPointer); ok && !pos.IsValid() {
				// [N]T(s) is *(*[N]T)(s): go/ssa gives its position to
				// the load, but the conversion is what panics.
				if refs := *s2a.Referrers(); len(refs) == 1 {
					if load, ok := refs[0].(*ssa.UnOp); ok && load.Op == token.MUL {
						pos = load.Pos()
					}
				}
			}
			if c.p.isUser(pos) {
				c.line = c.p.line(pos)
			} else if pos.IsValid() && !c.f.User {
				c.src = pos
			}
			if c.leftOut[in] {
				// A listed append's varargs array (listed.go).
				c.elided++
				if _, ok := in.(*ssa.Store); ok {
					f.leftStores = append(f.leftStores, int32(len(c.code)))
				}
				continue
			}
			switch in := in.(type) {
			case *ssa.Phi:
				// Handled as moves on the incoming edges.
			case *ssa.Jump:
				c.edgeMoves(b, b.Succs[0], &c.code)
				c.emitJump(opJump, 'A', b.Succs[0].Index)
			case *ssa.If:
				var t, e int
				t = c.edgeTarget(b, b.Succs[0], &tramps)
				e = c.edgeTarget(b, b.Succs[1], &tramps)
				if c.fuseCompare(in) {
					// The comparison just emitted becomes a compare-and-branch.
					c.fixups = append(c.fixups, fixup{len(c.code) - 1, 'A', t}, fixup{len(c.code) - 1, 'D', e})
					break
				}
				c.emit(Instr{Op: opIf, B: c.use(in.Cond)})
				c.fixups = append(c.fixups, fixup{len(c.code) - 1, 'A', t}, fixup{len(c.code) - 1, 'C', e})
			default:
				c.instr(in)
			}
		}
		c.setCost(c.blocks[b.Index])
	}
	c.at = noPos
	// Trampolines for edges with phi moves out of If blocks.
	trampPC := make([]int, len(tramps))
	for i, t := range tramps {
		trampPC[i] = len(c.code)
		for _, in := range t {
			if in.Op == opJump {
				c.emitJump(opJump, 'A', int(in.A))
				continue
			}
			c.code = append(c.code, in)
		}
		c.setCost(trampPC[i])
	}
	for _, fx := range c.fixups {
		pc := 0
		if fx.block >= 0 {
			pc = c.blocks[fx.block]
		} else {
			pc = trampPC[-fx.block-1]
		}
		switch fx.field {
		case 'A':
			c.code[fx.pc].A = int32(pc)
		case 'C':
			c.code[fx.pc].C = int32(pc)
		default:
			c.code[fx.pc].D = int32(pc)
		}
	}
	c.rotateLoops()
	c.fuseLatches()
	if fn.Recover != nil {
		f.RecoverPC = c.blocks[fn.Recover.Index]
	}
	f.Code = c.code
	if f.gc != nil {
		for len(f.gc.pos) < len(f.Code) {
			f.gc.pos = append(f.gc.pos, noPos)
		}
	}
	f.Consts = c.consts
	f.NRegs = int(c.nregs)
	checkFastRegs(f)
	c.valueRegs(fn)
	f.FrameBytes = frameBytes(fn, p.types.size)
	f.compiled = true
}

// valueRegs lists, for the cycle check (Func.locals), the registers whose
// value is what they hold rather than which object: addresses of (parts
// of) the frame's own variables, and structs and arrays, which registers
// hold as immutable copies.
func (c *fcomp) valueRegs(fn *ssa.Function) {
	add := func(v ssa.Value) {
		r, ok := c.regs[v]
		if in, isIn := v.(ssa.Instruction); !ok || r < 0 || isIn && c.leftOut[in] {
			return
		}
		switch t := v.Type().Underlying().(type) {
		case *types.Pointer:
			if frameLocal(v) {
				c.f.locals = append(c.f.locals, localCell{reg: r, t: c.typ(t.Elem()), deref: true})
			}
		case *types.Struct, *types.Array:
			c.f.locals = append(c.f.locals, localCell{reg: r, t: c.typ(v.Type())})
		}
	}
	for _, prm := range fn.Params {
		add(prm)
	}
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			if v, ok := in.(ssa.Value); ok {
				add(v)
			}
		}
	}
}

// frameBytes estimates the stack frame gc gives fn: the return address and
// frame pointer, a spill slot per word of the parameters, the locals that
// stay on the stack (non-escaping allocations), and a word per call for
// the values kept across it. Measured against gc 1.26 (locals+8 from
// -gcflags=-S), it is within a few words for small recursive functions.
func frameBytes(fn *ssa.Function, sizeOf func(types.Type) int64) int64 {
	n := int64(16)
	for _, p := range fn.Params {
		n += (sizeOf(p.Type()) + 7) &^ 7
	}
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			switch in := in.(type) {
			case *ssa.Alloc:
				size := (sizeOf(in.Type().(*types.Pointer).Elem()) + 7) &^ 7
				// gc moves big variables to the heap: over 128 KiB for a
				// declared variable, over 64 KiB for new and literals.
				limit := int64(128 << 10)
				switch in.Comment {
				case "new", "complit", "slicelit", "makeslice", "varargs":
					limit = 64 << 10
				}
				if !in.Heap && size <= limit {
					n += size
				}
			case ssa.CallInstruction:
				n += 8
			}
		}
	}
	return n
}

func isVoid(v ssa.Value) bool {
	t, ok := v.Type().(*types.Tuple)
	return ok && t.Len() == 0
}

// spread decides how the n results of the tuple v are delivered: when
// every use of v is an Extract whose register is its own (not shared with a
// phi), the operation writes the results straight into the Extracts'
// registers and the Extracts compile to nothing, so no tuple is allocated
// (a receive in a range loop, v, ok := m[k], x, ok := i.(T), a call of a
// function with several results). It returns those registers, or nil for
// a tuple in c.regs[v].
//
// Writing an Extract's register at v rather than at the Extract is safe: v
// dominates the Extract, which dominates every use of its register, and a
// register of its own is written by nothing else.
func (c *fcomp) spread(v ssa.Value, n int) []int32 {
	refs := v.Referrers()
	if refs == nil || c.f.SSA == nil {
		return nil
	}
	if !c.phiKnown {
		c.phiKnown = true
		c.phiRegs = map[int32]bool{}
		for _, b := range c.f.SSA.Blocks {
			for _, in := range b.Instrs {
				if phi, ok := in.(*ssa.Phi); ok {
					c.phiRegs[c.regs[phi]] = true
				}
			}
		}
	}
	out := make([]int32, n)
	for i := range out {
		out[i] = -1
	}
	for _, r := range *refs {
		e, ok := r.(*ssa.Extract)
		if !ok || e.Index >= n || out[e.Index] >= 0 {
			return nil
		}
		reg, ok := c.regs[e]
		if !ok || c.phiRegs[reg] {
			return nil
		}
		out[e.Index] = reg
	}
	for i := range out {
		if out[i] < 0 {
			out[i] = c.newReg() // a result nobody reads
		}
	}
	if c.spreads == nil {
		c.spreads = map[ssa.Value]bool{}
	}
	c.spreads[v] = true
	return out
}

// spreadOk is spread for a comma-ok pair: the registers for A and for ok,
// or (c.regs[v], -1) for a tuple in A.
func (c *fcomp) spreadOk(v ssa.Value) (int32, int32) {
	if r := c.spread(v, 2); r != nil {
		return r[0], r[1]
	}
	return c.regs[v], -1
}

func (c *fcomp) newReg() int32 {
	r := c.nregs
	c.nregs++
	return r
}

func (c *fcomp) emit(in Instr) {
	if in.Line == 0 {
		in.Line = c.line
	}
	if c.src.IsValid() && (len(c.f.src) == 0 || c.f.src[len(c.f.src)-1].pos != c.src) {
		c.f.src = append(c.f.src, srcRun{int32(len(c.code)), c.src})
	}
	if gi := c.f.gc; gi != nil {
		for len(gi.pos) < len(c.code) {
			gi.pos = append(gi.pos, noPos)
		}
		gi.pos = append(gi.pos, c.at)
	}
	c.code = append(c.code, in)
}

// setCost charges the instructions emitted since start to the last one, a
// block's terminator: exec counts the instruction budget per block.
//
// An Extract whose tuple was spread, and a listed append's varargs array
// (listed.go), emit nothing but are still charged: virtual time and the
// instruction budget stay what they were, so schedules, traces and
// timings do not depend on the shortcut.
func (c *fcomp) setCost(start int) {
	if n := len(c.code) - start + c.elided; n > 0 && len(c.code) > start {
		c.code[len(c.code)-1].Cost = uint16(min(n, 1<<16-1))
	}
	c.elided = 0
}

func (c *fcomp) emitJump(op Opcode, field byte, block int) {
	c.emit(Instr{Op: op})
	c.fixups = append(c.fixups, fixup{len(c.code) - 1, field, block})
}

// edgeTarget returns the fixup target for the edge b→s: s itself, or a new
// trampoline that performs s's phi moves first.
func (c *fcomp) edgeTarget(b, s *ssa.BasicBlock, tramps *[][]Instr) int {
	var moves []Instr
	c.edgeMoves(b, s, &moves)
	if len(moves) == 0 {
		return s.Index
	}
	moves = append(moves, Instr{Op: opJump, A: int32(s.Index)})
	*tramps = append(*tramps, moves)
	return -len(*tramps)
}

// edgeMoves appends the parallel moves of s's phis for the edge from b.
func (c *fcomp) edgeMoves(b, s *ssa.BasicBlock, out *[]Instr) {
	pred := -1
	for i, p := range s.Preds {
		if p == b {
			pred = i
		}
	}
	var dsts, srcs []int32
	for _, in := range s.Instrs {
		phi, ok := in.(*ssa.Phi)
		if !ok {
			break
		}
		dst, src := c.regs[phi], c.use(phi.Edges[pred])
		if dst != src { // coalesced values need no move
			dsts = append(dsts, dst)
			srcs = append(srcs, src)
		}
	}
	if len(dsts) == 0 {
		return
	}
	// A phi may read another phi of the same block: go through temporaries.
	conflict := false
	for _, s := range srcs {
		for _, d := range dsts {
			if s == d {
				conflict = true
			}
		}
	}
	if !conflict {
		for i := range dsts {
			if dsts[i] != srcs[i] {
				*out = append(*out, Instr{Op: opMove, A: dsts[i], B: srcs[i], Line: c.line})
			}
		}
		return
	}
	tmps := make([]int32, len(srcs))
	for i := range srcs {
		tmps[i] = c.newReg()
		*out = append(*out, Instr{Op: opMove, A: tmps[i], B: srcs[i], Line: c.line})
	}
	for i := range dsts {
		*out = append(*out, Instr{Op: opMove, A: dsts[i], B: tmps[i], Line: c.line})
	}
}

// constReg gives constants and functions a register filled on entry.
func (c *fcomp) constReg(v ssa.Value) {
	var key any
	var val Value
	switch v := v.(type) {
	case *ssa.Const:
		key = constKey{v.Value, v.Type()}
		if v.Value != nil {
			key = constKey{v.Value.ExactString(), v.Type()}
		} else {
			key = constKey{"<nil>", v.Type()}
		}
		val = c.p.constValue(v)
	case *ssa.Function:
		key = v
		val = Value{R: &Closure{Fn: c.p.funcFor(v)}}
	default:
		return
	}
	if _, ok := c.regs[v]; ok {
		return
	}
	// Keys compare types by identity, which is enough to share equal constants.
	if r, ok := c.cidx[key]; ok {
		c.regs[v] = r
		return
	}
	r := c.newReg()
	c.cidx[key] = r
	c.regs[v] = r
	c.consts = append(c.consts, val)
}

// namedFunc is the operand of in that names a function the instruction
// calls or closes over directly (a static call, go or defer, a
// MakeClosure's function): compiled code takes the function from the
// instruction, never from a register, so it needs no constant register.
func namedFunc(in ssa.Instruction) *ssa.Value {
	switch in := in.(type) {
	case ssa.CallInstruction:
		if cc := in.Common(); !cc.IsInvoke() {
			if _, ok := cc.Value.(*ssa.Function); ok {
				return &cc.Value
			}
		}
	case *ssa.MakeClosure:
		return &in.Fn
	}
	return nil
}

// unreadReceive reports whether v is a plain channel receive (not comma-ok)
// whose value no instruction reads.
func unreadReceive(v ssa.Value) bool {
	u, ok := v.(*ssa.UnOp)
	if !ok || u.Op != token.ARROW || u.CommaOk {
		return false
	}
	refs := u.Referrers()
	return refs != nil && len(*refs) == 0
}

type constKey struct {
	v any
	t types.Type
}

// use returns the register holding v, emitting a load for globals.
func (c *fcomp) use(v ssa.Value) int32 {
	if g, ok := v.(*ssa.Global); ok {
		r := c.newReg()
		idx, ok := c.p.globals[g]
		if !ok {
			// Every package the program imports had its globals laid
			// out before compiling; nothing else can be named.
			panic(fmt.Sprintf("vm: global %s outside the program's packages", g))
		}
		c.emit(Instr{Op: opGlobal, A: r, B: idx})
		return r
	}
	r, ok := c.regs[v]
	if !ok {
		panic(fmt.Sprintf("vm: no register for %T %v in %s", v, v, c.f.SSA))
	}
	return r
}

func (c *fcomp) typ(t types.Type) *Type { return c.p.types.intern(t) }

// constValue converts an SSA constant to a Value.
func (p *Program) constValue(k *ssa.Const) Value {
	t := p.types.intern(k.Type())
	if k.Value == nil {
		return t.Zero()
	}
	switch k.Value.Kind() {
	case constant.Bool:
		return boolVal(constant.BoolVal(k.Value))
	case constant.String:
		return strVal(constant.StringVal(k.Value))
	case constant.Int, constant.Float, constant.Complex:
		switch {
		case t.IsInteger():
			if i, ok := constant.Int64Val(k.Value); ok {
				return normInt(Value{N: uint64(i)}, t.Kind)
			}
			u, _ := constant.Uint64Val(k.Value)
			return Value{N: u}
		case t.IsFloat():
			f, _ := constant.Float64Val(constant.ToFloat(k.Value))
			if t.Kind == KFloat32 {
				f = float64(float32(f))
			}
			return floatVal(f)
		case t.Kind == KComplex64 || t.Kind == KComplex128:
			re, _ := constant.Float64Val(constant.Real(k.Value))
			im, _ := constant.Float64Val(constant.Imag(k.Value))
			if t.Kind == KComplex64 {
				re, im = float64(float32(re)), float64(float32(im))
			}
			return Value{R: complex(re, im)}
		}
	}
	panic(fmt.Sprintf("vm: constant %v of type %v", k.Value, k.Type()))
}

// normInt truncates v.N to the width of kind k and extends it back.
func normInt(v Value, k Kind) Value {
	switch k {
	case KInt8:
		v.N = uint64(int64(int8(v.N)))
	case KInt16:
		v.N = uint64(int64(int16(v.N)))
	case KInt32:
		v.N = uint64(int64(int32(v.N)))
	case KUint8:
		v.N = uint64(uint8(v.N))
	case KUint16:
		v.N = uint64(uint16(v.N))
	case KUint32:
		v.N = uint64(uint32(v.N))
	}
	return v
}

// needsNorm reports whether results of kind k must be normalised.
func needsNorm(k Kind) bool {
	switch k {
	case KInt8, KInt16, KInt32, KUint8, KUint16, KUint32:
		return true
	}
	return false
}

var lockOps = map[string]bool{"Lock": true, "Unlock": true, "RLock": true, "RUnlock": true}

func (p *Program) lockCandidate(call *ast.CallExpr, key token.Pos, deferred bool) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || !lockOps[sel.Sel.Name] || len(call.Args) != 0 {
		return
	}
	if _, ok := p.lockCands[key]; ok {
		return
	}
	p.lockCands[key] = &lockCand{site: LockSite{
		Pos: call.Pos(), End: call.End(), Op: sel.Sel.Name,
		Recv: types.ExprString(sel.X), Deferred: deferred, Pair: -1,
	}}
}

// lockSite returns the lock site of a call to fn at pos, if it is one.
func (p *Program) lockSite(fn *ssa.Function, pos token.Pos) *lockCand {
	switch fn.String() {
	case "(*sync.Mutex).Lock", "(*sync.Mutex).Unlock", "(*sync.RWMutex).Lock",
		"(*sync.RWMutex).Unlock", "(*sync.RWMutex).RLock", "(*sync.RWMutex).RUnlock":
	default:
		return nil
	}
	c := p.lockCands[pos]
	if c == nil || c.site.Op != fn.Name() {
		return nil
	}
	c.used = true
	return c
}

// numberLockSites gives the confirmed lock sites IDs in source order and
// pairs each acquire with the next release of the same receiver in the same
// function.
func (p *Program) numberLockSites() {
	var cands []*lockCand
	for _, c := range p.lockCands {
		if c.used {
			cands = append(cands, c)
		}
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].site.Pos < cands[j].site.Pos })
	for i, c := range cands {
		c.id = i
		c.site.ID = i
	}
	// The innermost function literal or declaration around pos, as
	// syntax: the instances of a generic function share theirs, and which
	// instance the map yields first must not decide the pairing.
	enclosing := func(pos token.Pos) ast.Node {
		var best ast.Node
		for fn := range p.funcs {
			if f := fn.Syntax(); f != nil && f.Pos() <= pos && pos < f.End() {
				if best == nil || f.Pos() > best.Pos() {
					best = f
				}
			}
		}
		return best
	}
	for _, c := range cands {
		c.site.body = enclosing(c.site.Pos)
	}
	release := map[string]string{"Lock": "Unlock", "RLock": "RUnlock"}
	for i, c := range cands {
		want, ok := release[c.site.Op]
		if !ok || c.site.Pair >= 0 {
			continue
		}
		for _, d := range cands[i+1:] {
			if d.site.body == c.site.body && d.site.Recv == c.site.Recv && d.site.Op == want && d.site.Pair < 0 {
				c.site.Pair, d.site.Pair = d.id, c.id
				break
			}
		}
	}
	for _, c := range cands {
		p.LockSites = append(p.LockSites, c.site)
	}
}

// fusedCompare maps an integer comparison to its compare-and-branch form.
var fusedCompare = map[Opcode]Opcode{
	opEqN: opJEqN, opNeN: opJNeN, opLtS: opJLtS, opLeS: opJLeS, opGtS: opJGtS,
	opGeS: opJGeS, opLtU: opJLtU, opLeU: opJLeU, opGtU: opJGtU, opGeU: opJGeU,
}

// fuseCompare turns "t = x < y; if t" into one compare-and-branch when the
// comparison was the instruction just emitted and the If is its only use.
func (c *fcomp) fuseCompare(in *ssa.If) bool {
	cond, ok := in.Cond.(*ssa.BinOp)
	if !ok || len(*cond.Referrers()) != 1 || len(c.code) == 0 {
		return false
	}
	last := &c.code[len(c.code)-1]
	fused, ok := fusedCompare[last.Op]
	if !ok || last.A != c.regs[cond] {
		return false
	}
	last.Op = fused
	return true
}

// coalescePhis lets a value whose only use is a phi of the next block write
// the phi's register directly, so the edge needs no move ("s += x" in a loop
// body becomes one instruction). It is safe when the block ends in a plain
// jump and nothing after the value in the block reads the phi, directly or
// as another phi's incoming value.
func (c *fcomp) coalescePhis() {
	var ops []*ssa.Value
	for _, b := range c.f.SSA.Blocks {
		if len(b.Succs) != 1 {
			continue
		}
		succ := b.Succs[0]
		edge := -1
		for i, p := range succ.Preds {
			if p == b {
				edge = i
			}
		}
		var phis []*ssa.Phi
		for _, in := range succ.Instrs {
			phi, ok := in.(*ssa.Phi)
			if !ok {
				break
			}
			phis = append(phis, phi)
		}
		for _, phi := range phis {
			v, ok := phi.Edges[edge].(ssa.Instruction)
			if !ok || v.Block() != b || len(*phi.Edges[edge].Referrers()) != 1 {
				continue
			}
			if _, isPhi := v.(*ssa.Phi); isPhi {
				continue
			}
			// No later instruction of b, nor another phi's move on this
			// edge, may read the phi's old value.
			after, safe := false, true
			for _, in := range b.Instrs {
				if in == v {
					after = true
					continue
				}
				if !after {
					continue
				}
				ops = in.Operands(ops[:0])
				for _, o := range ops {
					if o != nil && *o == phi {
						safe = false
					}
				}
			}
			for _, other := range phis {
				if other != phi && other.Edges[edge] == phi {
					safe = false
				}
			}
			if safe {
				c.regs[phi.Edges[edge]] = c.regs[phi]
			}
		}
	}
}

// rotateLoops replaces a jump to a block that is nothing but a
// compare-and-branch with a copy of that branch: a loop's latch then tests
// the condition itself instead of jumping to the header to do it. The copy
// charges both blocks' cost.
func (c *fcomp) rotateLoops() {
	for pc := range c.code {
		in := &c.code[pc]
		if in.Op != opJump {
			continue
		}
		target := c.code[in.A]
		if _, fused := fusedOps[target.Op]; !fused || int(in.A) == pc {
			continue
		}
		cost := int(in.Cost) + int(target.Cost)
		*in = target
		in.Cost = uint16(min(cost, 1<<16-1))
	}
}

// fuseLatches makes each opAdd64 that an opJLtS follows an opAdd64JLtS:
// after rotateLoops, the latch of a counted loop.
func (c *fcomp) fuseLatches() {
	for pc := 0; pc+1 < len(c.code); pc++ {
		if c.code[pc].Op == opAdd64 && c.code[pc+1].Op == opJLtS {
			c.code[pc].Op = opAdd64JLtS
		}
	}
}

// fusedOps is the set of compare-and-branch opcodes.
var fusedOps = func() map[Opcode]bool {
	m := map[Opcode]bool{}
	for _, op := range fusedCompare {
		m[op] = true
	}
	return m
}()

// openDeferOK reports whether d, a defer statement, is open-coded
// (Func.openDefer): it is its function's only one, it is not in a loop (so
// it runs at most once a call, and the registers holding its operands are
// not written again after it: a value's register is written only by its
// definition, which dominates d, and by the moves into a phi, whose block
// does too, so a write after d would close a cycle through d), it pushes
// onto its own frame, and no deferred call of a range-over-func body
// pushes onto that frame (ssa:deferstack). gc open-codes such a defer
// too; here it only saves the record.
func openDeferOK(d *ssa.Defer) bool {
	if d.DeferStack != nil {
		return false
	}
	fn := d.Parent()
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			switch in := in.(type) {
			case *ssa.Defer:
				if in != d {
					return false
				}
			case *ssa.Call:
				if bi, ok := in.Call.Value.(*ssa.Builtin); ok && bi.Name() == "ssa:deferstack" {
					return false
				}
			}
		}
	}
	if lostRunDefers(fn) {
		return false
	}
	// Is d's block on a cycle? Walk from its successors.
	home := d.Block()
	seen := make([]bool, len(fn.Blocks))
	stack := append([]*ssa.BasicBlock(nil), home.Succs...)
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if b == home {
			return false
		}
		if seen[b.Index] {
			continue
		}
		seen[b.Index] = true
		stack = append(stack, b.Succs...)
	}
	return true
}

// lostRunDefers reports whether SSA dropped fn's RunDefers although a defer
// inside a range-over-func body (compiled into a yield closure) pushes onto
// fn's frame: lifting removes RunDefers from functions with no Defer of their
// own, so without a RunDefers put back those deferred calls would never run.
func lostRunDefers(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			if _, ok := in.(*ssa.RunDefers); ok {
				return false
			}
		}
	}
	var deferInClosure func(f *ssa.Function) bool
	deferInClosure = func(f *ssa.Function) bool {
		for _, af := range f.AnonFuncs {
			for _, b := range af.Blocks {
				for _, in := range b.Instrs {
					if d, ok := in.(*ssa.Defer); ok && d.DeferStack != nil {
						return true
					}
				}
			}
			if deferInClosure(af) {
				return true
			}
		}
		return false
	}
	return deferInClosure(fn)
}

// runDefersIndex is where SSA would have put the RunDefers of a block ending
// in a Return: before the loads of the results that follow it (named results
// are read after the deferred calls, which may change them); -1 if b does not
// return.
func runDefersIndex(b *ssa.BasicBlock) int {
	n := len(b.Instrs)
	if n == 0 {
		return -1
	}
	if _, ok := b.Instrs[n-1].(*ssa.Return); !ok {
		return -1
	}
	i := n - 1
	for i > 0 {
		if u, ok := b.Instrs[i-1].(*ssa.UnOp); ok && u.Op == token.MUL {
			if _, ok := u.X.(*ssa.Alloc); ok {
				i--
				continue
			}
		}
		break
	}
	return i
}
