package vm

// Visible memory accesses. A plain load or store is not a scheduling point:
// a goroutine runs through them without the scheduler looking, which keeps
// exploring fast and the schedule tree small. That hides the interleavings
// of unsynchronised accesses — two goroutines doing counter++ never lose an
// update. Two ways make such accesses visible for a run:
//
//   - race-directed (RaceFuzzer, Sen PLDI 2008): the race detector reports
//     the two access sites of every race it sees, and the exploration makes
//     those sites scheduling points in its later runs;
//   - fine-grained: every load and store in the user's code whose address
//     may be reached by another goroutine (not a frame-local variable) is
//     a scheduling point, for small lessons.
//
// The compiled Program never changes. A run gets a View: for each function
// with a visible site, a copy whose code has opLoadV / opStoreV at those
// sites and is otherwise identical. newFrame enters the copy instead of
// the original, so sites that are not visible cost nothing at all, and
// visible ones cost a scheduling point each.
//
// Sites are numbered in a deterministic order (functions by position, then
// by code order), so a schedule token can name the visible ones and replay a
// run exactly.

import (
	"cmp"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/ssa"
)

// AccessSite is one plain load or store instruction in the user's code.
type AccessSite struct {
	ID     int
	Line   int32
	Write  bool
	Shared bool   // its address may be reached by another goroutine: visible when fine-grained
	Name   string // the location as written, e.g. "counter", "c.n", "s[i]"; "" if unknown
	Range  bool   // a builtin or conversion touching a range of elements (see indexRangeSites)
	fn     *Func
	pc     int32
}

// accessTable is the Program's index of its access sites.
type accessTable struct {
	sites []AccessSite
	funcs []*Func         // by Func.idx-1
	at    []map[int32]int // by Func.idx-1: pc → site ID

	stdOnce sync.Once
	std     stdSites // built on first need (stdIndex)
}

// stdSites are the access sites of the code outside prog.go that the
// program reaches: the standard library's functions (shared by every
// program of an Image, so their Func cannot carry a program's site index)
// and instantiations and wrappers compiled for the program alone. Two
// goroutines calling b.WriteString on one strings.Builder race on b.buf
// inside WriteString; making those loads and stores visible is what lets
// exploration lose a write as Go can.
//
// They are numbered after every site of prog.go, so the IDs of those (and
// s2 tokens naming them) do not change, in an order that depends only on
// the program: functions by SSA name, then by their sites, then code
// order; functions alike in both share IDs (stdIndex). The table is built
// lazily, the first time a race inside such code is seen or a view names
// one of its sites, because most programs never need it.
type stdSites struct {
	sites []AccessSite                    // by ID - len(accessTable.sites)
	at    map[*ssa.Function]map[int32]int // pc → site ID, by the function's SSA (shared by a View's copy)
	twins map[*Func][]*Func               // the other functions sharing the IDs of a site's fn (stdIndex)
}

// indexAccessSites numbers the loads and stores of the user's functions and
// names what they access. Build calls it once, before any run.
func (p *Program) indexAccessSites() {
	var fns []*Func
	for _, f := range p.funcs {
		if f.User && f.compiled && f.Intr == nil && f.SSA != nil && len(f.Code) > 0 {
			fns = append(fns, f)
		}
	}
	sort.Slice(fns, func(i, j int) bool {
		if fns[i].Pos != fns[j].Pos {
			return fns[i].Pos < fns[j].Pos
		}
		return fns[i].SSA.String() < fns[j].SSA.String()
	})
	for _, f := range fns {
		// The compiler emits exactly one opLoad per SSA load (UnOp *) and one
		// opStore per Store, in block order; pair them up.
		var addrs []ssa.Value
		var writes []bool
		for _, b := range f.SSA.Blocks {
			for _, in := range b.Instrs {
				switch in := in.(type) {
				case *ssa.UnOp:
					if in.Op == token.MUL {
						addrs, writes = append(addrs, in.X), append(writes, false)
					}
				case *ssa.Store:
					addrs, writes = append(addrs, in.Addr), append(writes, true)
				}
			}
		}
		var pcs []int32
		for pc := range f.Code {
			if op := f.Code[pc].Op; op == opLoad || op == opStore {
				pcs = append(pcs, int32(pc))
			}
		}
		if len(pcs) == 0 || len(pcs) != len(addrs) {
			continue // nothing to make visible, or code that does not pair up
		}
		paired := true
		for i, pc := range pcs {
			if (f.Code[pc].Op == opStore) != writes[i] {
				paired = false
			}
		}
		if !paired {
			continue
		}
		t := &p.access
		f.idx = int32(len(t.funcs) + 1)
		t.funcs = append(t.funcs, f)
		at := map[int32]int{}
		for i, pc := range pcs {
			id := len(t.sites)
			at[pc] = id
			t.sites = append(t.sites, AccessSite{
				ID: id, Line: f.Code[pc].Line, Write: writes[i],
				Shared: sharedAddr(addrs[i]), Name: locName(addrs[i], 0),
				fn: f, pc: pc,
			})
		}
		t.at = append(t.at, at)
	}
	p.indexRangeSites(fns)
}

// Range sites: the builtins and conversions that read or write a range of
// slice elements inside the runtime (copy and append: slicecopy and
// growslice; clear: memclr; string(b) and string(r): slicebytetostring
// and slicerunetostring), and len of a map, which reads the map's count. They are numbered after every load and store, so
// adding them left the IDs of those unchanged. A visible one is a
// scheduling point before the whole range access, as a load or store is
// before its one cell (see rangeGrant).
func (p *Program) indexRangeSites(fns []*Func) {
	t := &p.access
	for _, f := range fns {
		var pcs []int32
		for pc := range f.Code {
			if rangeAccess(&f.Code[pc]) != "" {
				pcs = append(pcs, int32(pc))
			}
		}
		if len(pcs) == 0 {
			continue
		}
		// Name each from its SSA instruction; the compiler emits one per
		// instruction, in block order.
		var names []string
		for _, b := range f.SSA.Blocks {
			for _, in := range b.Instrs {
				if n, ok := ssaRangeName(in); ok {
					names = append(names, n)
				}
			}
		}
		if len(names) != len(pcs) {
			names = nil // code that does not pair up: unnamed
		}
		if f.idx == 0 {
			f.idx = int32(len(t.funcs) + 1)
			t.funcs = append(t.funcs, f)
			t.at = append(t.at, map[int32]int{})
		}
		at := t.at[f.idx-1]
		for i, pc := range pcs {
			id := len(t.sites)
			at[pc] = id
			s := AccessSite{ID: id, Line: f.Code[pc].Line, Write: rangeAccess(&f.Code[pc]) == "write",
				Shared: true, Range: true, fn: f, pc: pc}
			if names != nil {
				s.Name = names[i]
			}
			t.sites = append(t.sites, s)
		}
	}
}

// rangeAccess reports whether in reads or writes a range of slice elements
// in the runtime: "write" (copy, append, clear of a slice: each also reads),
// "read" (string of a byte or rune slice), or "".
func rangeAccess(in *Instr) string {
	switch in.Op {
	case opCallBuilt:
		ci, _ := in.Aux.(*callInfo)
		if ci == nil || len(ci.types) == 0 {
			return ""
		}
		switch ci.builtin {
		case "append", "copy":
			return "write"
		case "clear":
			if ci.types[0].Kind == KSlice {
				return "write"
			}
		case "len":
			// len of a map reads the map's count: no check of the writing
			// flag, but a read of the map Go's race detector reports
			// against a write.
			if ci.types[0].Kind == KMap {
				return "read"
			}
		}
	case opConvert:
		if ci, _ := in.Aux.(*convInfo); ci != nil && ci.from.Kind == KSlice && ci.to.Kind == KString {
			return "read"
		}
	case opCallIntr:
		ci, _ := in.Aux.(*callInfo)
		if ci == nil || ci.intr == nil {
			return ""
		}
		if ci.intr.rangeWrite {
			return "write"
		}
		if ci.intr.rangeRead {
			return "read"
		}
		if ci.intr.argsRead {
			for _, t := range ci.types {
				if t != nil && t.Kind == KSlice {
					return "read"
				}
			}
		}
	}
	return ""
}

// ssaRangeName names the elements the SSA counterpart of a range access
// touches, `buf[…]`; ok is false for any other instruction.
func ssaRangeName(in ssa.Instruction) (name string, ok bool) {
	var x ssa.Value
	switch in := in.(type) {
	case *ssa.Call:
		b, isB := in.Call.Value.(*ssa.Builtin)
		if !isB || len(in.Call.Args) == 0 {
			return "", false
		}
		switch b.Name() {
		case "append", "copy":
		case "len":
			if _, isMap := in.Call.Args[0].Type().Underlying().(*types.Map); !isMap {
				return "", false
			}
			if n := valName(in.Call.Args[0], 0); n != "" && !strings.HasPrefix(n, "&") {
				return n, true
			}
			return "", true
		case "clear":
			if _, isSlice := in.Call.Args[0].Type().Underlying().(*types.Slice); !isSlice {
				return "", false
			}
		default:
			return "", false
		}
		x = in.Call.Args[0]
	case *ssa.Convert:
		if _, isSlice := in.X.Type().Underlying().(*types.Slice); !isSlice {
			return "", false
		}
		if b, isB := in.Type().Underlying().(*types.Basic); !isB || b.Info()&types.IsString == 0 {
			return "", false
		}
		x = in.X
	default:
		return "", false
	}
	if n := valName(x, 0); n != "" && !strings.HasPrefix(n, "&") {
		return n + "[…]", true
	}
	return "", true
}

// stdIndex returns the program's table of sites outside prog.go, building it
// on first use. Safe for concurrent use: the machines of a parallel
// exploration share the Program.
//
// The IDs must mean the same sites in every process (a token names them,
// and a share link replays it elsewhere), so they depend only on the
// program's functions (Program.funcs, the same set however much of the
// std the process compiled before: see reach) and on keys each function
// gives itself: its SSA name, then its sites (pc and kind). Functions
// alike in both — SSA makes a bound method wrapper for each place that
// takes the method value, so json's float32 and float64 encoders are two
// (encoding/json.floatEncoder).encode$bound — share one set of IDs, and a
// view makes the site visible in each (stdSites.twins); no order between
// them, such as the map's, decides which one an ID names.
func (p *Program) stdIndex() *stdSites {
	t := &p.access
	t.stdOnce.Do(func() {
		type cand struct {
			f     *Func
			name  string
			sites []AccessSite // ID unset
		}
		var fns []cand
		for _, f := range p.funcs {
			if f.User || !f.compiled || f.Intr != nil || f.SSA == nil || len(f.Code) == 0 {
				continue
			}
			c := cand{f: f, name: f.SSA.String()}
			left := f.leftStores
			for pc := range f.Code {
				for len(left) > 0 && int(left[0]) == pc {
					// A store left out of the code before pc (listed.go)
					// keeps its place among the sites, under a pc of its
					// own below 0: nothing marks it, nothing races on it.
					c.sites = append(c.sites, AccessSite{Write: true, Shared: true, fn: f, pc: int32(len(left) - len(f.leftStores) - 1)})
					left = left[1:]
				}
				in := &f.Code[pc]
				s := AccessSite{Line: in.Line, Shared: true, fn: f, pc: int32(pc)}
				switch {
				case in.Op == opLoad:
				case in.Op == opStore:
					s.Write = true
				case rangeAccess(in) != "":
					s.Range, s.Write = true, rangeAccess(in) == "write"
				default:
					continue
				}
				c.sites = append(c.sites, s)
			}
			if len(c.sites) > 0 {
				fns = append(fns, c)
			}
		}
		// sameSites orders functions of one name by their sites; 0 means
		// they share IDs.
		sameSites := func(a, b []AccessSite) int {
			if c := cmp.Compare(len(a), len(b)); c != 0 {
				return c
			}
			for i := range a {
				x, y := &a[i], &b[i]
				if c := cmp.Compare(x.pc, y.pc); c != 0 {
					return c
				}
				if x.Write != y.Write {
					return cmpBool(x.Write, y.Write)
				}
				if x.Range != y.Range {
					return cmpBool(x.Range, y.Range)
				}
			}
			return 0
		}
		slices.SortFunc(fns, func(a, b cand) int {
			if c := strings.Compare(a.name, b.name); c != 0 {
				return c
			}
			return sameSites(a.sites, b.sites)
		})
		st := &t.std
		st.at = map[*ssa.Function]map[int32]int{}
		base := len(t.sites)
		var first cand // the function whose IDs the current run of twins shares
		for _, c := range fns {
			if first.f != nil && c.name == first.name && sameSites(c.sites, first.sites) == 0 {
				st.at[c.f.SSA] = st.at[first.f.SSA]
				if st.twins == nil {
					st.twins = map[*Func][]*Func{}
				}
				st.twins[first.f] = append(st.twins[first.f], c.f)
				continue
			}
			if base+len(st.sites)+len(c.sites) > maxSites {
				return
			}
			first = c
			at := make(map[int32]int, len(c.sites))
			for _, s := range c.sites {
				s.ID = base + len(st.sites)
				at[s.pc] = s.ID
				st.sites = append(st.sites, s)
			}
			st.at[c.f.SSA] = at
		}
	})
	return &t.std
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// maxSites bounds the site IDs a program has: what a schedule token may
// name (sched.maxTokenSites).
const maxSites = 1 << 20

// raceSiteOf is siteOf for the race detector: it also finds the sites
// outside prog.go (stdSites).
func (p *Program) raceSiteOf(fn *Func, pc int32) int {
	if id := p.siteOf(fn, pc); id >= 0 || fn == nil || fn.User || fn.SSA == nil {
		return id
	}
	if id, ok := p.stdIndex().at[fn.SSA][pc]; ok {
		return id
	}
	return -1
}

// site returns the access site with the given ID, inside prog.go or out.
func (p *Program) site(id int) *AccessSite {
	t := &p.access
	switch {
	case id < 0:
		return nil
	case id < len(t.sites):
		return &t.sites[id]
	}
	st := p.stdIndex()
	if id -= len(t.sites); id < len(st.sites) {
		return &st.sites[id]
	}
	return nil
}

// AccessSites lists the program's plain load and store sites, by ID.
func (p *Program) AccessSites() []AccessSite { return p.access.sites }

// siteOf returns the access site of the instruction at pc of fn (or of the
// function fn is a View's copy of), or -1.
func (p *Program) siteOf(fn *Func, pc int32) int {
	if fn == nil || fn.idx == 0 || int(fn.idx) > len(p.access.at) {
		return -1
	}
	if id, ok := p.access.at[fn.idx-1][pc]; ok {
		return id
	}
	return -1
}

// sharedAddr reports whether another goroutine may reach the address v:
// anything but a frame-local variable (an Alloc SSA did not move to the
// heap) or a part of one.
func sharedAddr(v ssa.Value) bool {
	switch a := v.(type) {
	case *ssa.Alloc:
		// A call's ... arguments are filled in before the call and never
		// seen by the program as a variable.
		return a.Heap && a.Comment != "varargs"
	case *ssa.FieldAddr:
		return sharedAddr(a.X)
	case *ssa.IndexAddr:
		if _, ok := a.X.Type().Underlying().(*types.Pointer); ok {
			return sharedAddr(a.X) // an element of an array variable
		}
	}
	return true
}

// locName names the location at address v as Go source would write it:
// counter, c.n, s[i], *p. depth bounds the recursion.
func locName(v ssa.Value, depth int) string {
	if depth > 8 {
		return ""
	}
	switch a := v.(type) {
	case *ssa.Global:
		return a.Name()
	case *ssa.Alloc:
		return a.Comment
	case *ssa.FreeVar:
		return a.Name()
	case *ssa.FieldAddr:
		x := ptrName(a.X, depth+1)
		if x == "" {
			return ""
		}
		st, ok := deref(a.X.Type()).Underlying().(*types.Struct)
		if !ok || a.Field >= st.NumFields() {
			return ""
		}
		return x + "." + st.Field(a.Field).Name()
	case *ssa.IndexAddr:
		x := ptrName(a.X, depth+1)
		if _, ok := a.X.Type().Underlying().(*types.Pointer); !ok {
			x = valName(a.X, depth+1)
		}
		if x == "" {
			return ""
		}
		return x + "[" + indexName(a.Index) + "]"
	}
	if n := valName(v, depth+1); n != "" {
		return "*" + n
	}
	return ""
}

// ptrName names the struct or array a pointer v points to, the way a
// selector or index expression writes it (Go dereferences for you): c for
// the variable c or for a pointer c.
func ptrName(v ssa.Value, depth int) string {
	switch v.(type) {
	case *ssa.Global, *ssa.Alloc, *ssa.FreeVar, *ssa.FieldAddr, *ssa.IndexAddr:
		return locName(v, depth)
	}
	return valName(v, depth)
}

// valName names the expression whose value is v.
func valName(v ssa.Value, depth int) string {
	if depth > 8 {
		return ""
	}
	switch a := v.(type) {
	case *ssa.Parameter:
		return a.Name()
	case *ssa.FreeVar:
		return a.Name()
	case *ssa.UnOp:
		if a.Op == token.MUL {
			return locName(a.X, depth+1)
		}
	case *ssa.Phi:
		return a.Comment
	case *ssa.Global, *ssa.Alloc, *ssa.FieldAddr, *ssa.IndexAddr:
		if n := locName(v, depth+1); n != "" {
			return "&" + n
		}
	case *ssa.Call:
		if f := a.Call.StaticCallee(); f != nil {
			return f.Name() + "()"
		}
	case *ssa.ChangeType:
		return valName(a.X, depth+1)
	}
	return ""
}

// indexName writes an index expression: a constant, a named variable, or …
// when SSA kept no name.
func indexName(v ssa.Value) string {
	switch a := v.(type) {
	case *ssa.Const:
		if a.Value != nil {
			return a.Value.ExactString()
		}
	case *ssa.Parameter:
		return a.Name()
	case *ssa.Phi:
		if a.Comment != "" {
			return a.Comment
		}
	case *ssa.Convert:
		return indexName(a.X)
	case *ssa.UnOp:
		if a.Op == token.MUL {
			if n := locName(a.X, 0); n != "" {
				return n
			}
		}
	}
	return "…"
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// View is a run's view of a Program: which access sites are scheduling
// points. It is immutable and may be shared by runs on many goroutines.
type View struct {
	fine  bool
	sites []int                   // the sites asked for, ascending (when fine, the shared ones are visible too)
	funcs []*Func                 // by Func.idx-1: the copy to run, nil for the original
	std   map[*ssa.Function]*Func // the copies of functions outside prog.go (stdSites)
}

// NewView returns the view in which the given access sites are visible, and, when fine, every shared one. It returns nil when no
// site is visible: the plain program. Unknown site IDs are ignored.
func (p *Program) NewView(fine bool, sites []int) *View {
	t := &p.access
	on := make([]bool, len(t.sites))
	var std []int
	for _, id := range sites {
		switch {
		case id >= 0 && id < len(on):
			on[id] = true
		case id >= len(on) && p.site(id) != nil:
			std = append(std, id)
		}
	}
	v := &View{fine: fine, funcs: make([]*Func, len(t.funcs))}
	for id, yes := range on {
		if yes {
			v.sites = append(v.sites, id)
		}
	}
	sort.Ints(std)
	std = slices.Compact(std)
	v.sites = append(v.sites, std...)
	for _, id := range std {
		s := p.site(id)
		if v.std == nil {
			v.std = map[*ssa.Function]*Func{}
		}
		for _, fn := range append([]*Func{s.fn}, p.access.std.twins[s.fn]...) {
			cp := v.std[fn.SSA]
			if cp == nil {
				c := *fn
				c.Code = append([]Instr(nil), fn.Code...)
				cp = &c
				v.std[fn.SSA] = cp
			}
			markVisible(cp, s)
		}
	}
	any := len(std) > 0
	if fine {
		for i, s := range t.sites {
			if s.Shared {
				on[i] = true
			}
		}
	}
	for id, yes := range on {
		if !yes {
			continue
		}
		any = true
		s := &t.sites[id]
		i := s.fn.idx - 1
		cp := v.funcs[i]
		if cp == nil {
			c := *s.fn
			c.Code = append([]Instr(nil), s.fn.Code...)
			cp = &c
			v.funcs[i] = cp
		}
		markVisible(cp, s)
	}
	if !any {
		return nil
	}
	return v
}

// markVisible makes site s a scheduling point in cp, a view's copy of its
// function.
func markVisible(cp *Func, s *AccessSite) {
	switch {
	case s.pc < 0:
		// A listed append's store, left out of the code (stdIndex).
	case s.Range:
		cp.Code[s.pc].K = kRangeV
	case cp.Code[s.pc].Op == opStore:
		cp.Code[s.pc].Op = opStoreV
	default:
		cp.Code[s.pc].Op = opLoadV
	}
}

// FineGrained reports whether the view makes every shared access visible.
func (v *View) FineGrained() bool { return v != nil && v.fine }

// Sites lists the access sites the view was asked to make visible.
func (v *View) Sites() []int {
	if v == nil {
		return nil
	}
	return v.sites
}

// View is the run's view of its program, nil for the plain program.
func (m *Machine) View() *View { return m.view }

// viewed returns the function a frame of fn runs under the machine's view.
func (m *Machine) viewed(fn *Func) *Func {
	if fn.idx > 0 && int(fn.idx) <= len(m.view.funcs) {
		if c := m.view.funcs[fn.idx-1]; c != nil {
			return c
		}
	}
	if m.view.std != nil && !fn.User && fn.SSA != nil {
		if c := m.view.std[fn.SSA]; c != nil {
			return c
		}
	}
	return fn
}

// visibleAccess is exec's hook at an opLoadV or opStoreV: the access is a
// scheduling point, so g performs it only with the scheduler's grant. It
// reports false when g must stop there. A struct or array is one such
// point per word (words.go); this grants the next one.
func (m *Machine) visibleAccess(g *Goroutine, fr *Frame, pc int, in *Instr, regs []Value) bool {
	if !m.takeGrant(g, fr, pc) {
		return false
	}
	if m.cfg.Trace {
		m.traceAccess(g, in, regs, m.wordIndex(g, fr, pc))
	}
	return true
}

// traceAccess records a visible load or store, of word k when it is one
// of an aggregate's.
func (m *Machine) traceAccess(g *Goroutine, in *Instr, regs []Value, k int) {
	if !m.cfg.Trace {
		return
	}
	op, r := "load", in.B
	if in.Op == opStoreV {
		op, r = "store", in.A
	}
	obj := 0
	if p := ptrKey(regs[r]); p != nil {
		if t, _ := in.Aux.(*Type); t != nil && t.IsAggregate() {
			obj = max(m.wordObj(regs[r].Ptr(), t, k), 0)
		} else {
			obj = m.objID(p)
		}
	}
	m.event(g, op, obj, in.Line)
}

// kRangeV marks a visible range access in a View's copy of the code: the
// opCallBuilt, opConvert or opCallIntr (of an Intrinsic with rangeRead)
// waits for the scheduler's grant (rangeGrant). The plain program never
// has it, so exec tests it only on those opcodes, which fast never runs.
const kRangeV Kind = 2

// rangeGrant is exec's hook at a visible range access.
func (m *Machine) rangeGrant(g *Goroutine, fr *Frame, pc int, in *Instr) bool {
	if !m.takeGrant(g, fr, pc) {
		return false
	}
	if m.cfg.Trace {
		m.event(g, rangeOp(in), 0, in.Line)
	}
	return true
}

// rangeOp names a range access for traces and the Chooser.
func rangeOp(in *Instr) string {
	if ci, ok := in.Aux.(*callInfo); ok {
		if ci.intr != nil {
			return "fmt.read"
		}
		return ci.builtin
	}
	return "string"
}

// accessOption describes g's pending visible access for the Chooser: a
// read or a write of its cell. A struct or array is accessed a word at a
// time (words.go), so its pending access is the next word's, with that
// word's cell; a chunk of compact bytes, whose elements have objects of
// their own, counts as touching everything.
func (m *Machine) accessOption(o *Option, g *Goroutine, in *Instr, regs []Value) {
	r := in.B
	o.Op = "load"
	if in.Op == opStoreV {
		r, o.Op, o.Write = in.A, "store", true
	}
	p := ptrKey(regs[r])
	t, _ := in.Aux.(*Type)
	switch {
	case p == nil || t == nil:
		o.Obj, o.Write = -1, true
	case t.IsAggregate():
		fr := g.top()
		p, k := regs[r].Ptr(), m.wordIndex(g, fr, fr.pc)
		if s := syncHolding(p, t, k); s != nil {
			// A sync value's word: its object (syncHolding), and a write
			// of it, loaded or stored: the operations described as its
			// reads (RLock, Wait) change its words all the same.
			o.Obj, o.Write = m.objID(s), true
		} else if o.Obj = m.wordObj(p, t, k); o.Obj < 0 {
			o.Write = true
		}
	default:
		o.Obj = m.objID(p)
	}
}

// SiteName describes an access site for people: "`counter` (prog.go:12)".
func (p *Program) SiteName(id int) string {
	if id < 0 || id >= len(p.access.sites) {
		return ""
	}
	s := p.access.sites[id]
	var b strings.Builder
	if s.Name != "" {
		b.WriteString("`" + s.Name + "` ")
	}
	b.WriteString("(prog.go:" + strconv.Itoa(int(s.Line)) + ")")
	return b.String()
}

// StdSiteKeys names the program's sites outside prog.go, by ID: the
// function's SSA name and the instruction's pc, what the ID means in any
// process (tests compare them).
func (p *Program) StdSiteKeys() []string {
	st := p.stdIndex()
	keys := make([]string, len(st.sites))
	for i, s := range st.sites {
		keys[i] = s.fn.SSA.String() + "@" + strconv.Itoa(int(s.pc))
	}
	return keys
}
