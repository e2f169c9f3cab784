package runner

// gc's evaluation order, as a rewrite of the type-checked syntax tree before
// SSA is built.
//
// The spec fixes the order of calls, method calls, receives and the logical
// operators within a statement, and leaves open when the other operands
// (variables, fields, index expressions, dereferences) are read. x/tools'
// SSA builder reads everything strictly left to right; gc's order pass
// (cmd/compile/internal/walk/order.go) instead copies the results of calls
// and of a few other expressions into temporaries ahead of the statement,
// left to right, and reads the plain operands only when the statement itself
// runs. So `fmt.Println(x, f(), x)` prints f's new x twice in gc. Users
// compare with gc, so Interleave does as gc does, by making the same copies
// in the syntax tree: `t := f(); fmt.Println(x, t, x)`.
//
// The expressions gc copies ahead ("early") are those order.go's expr1 ends
// with copyExpr when the expression is not the whole right-hand side of an
// assignment to a plain variable: calls (function, method, interface),
// receives, && and || (a temporary and an if), slicing, the builtins len,
// cap, append, copy, min, max, new, make, complex, real, imag and recover,
// []byte(s) and []rune(s), type assertions to a type that is not
// pointer-shaped, and map literals with computed entries. Everything else
// ("late") stays in the statement.
//
// A statement is rewritten only if some late read precedes an early
// expression in the builder's left-to-right order; otherwise both orders are
// the same and the tree is left alone. The temporaries are SSA registers
// after lifting, so the rewrite costs nothing at run time.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// orderFile rewrites every function body of the user's file to gc's order.
func orderFile(f *ast.File, info *types.Info, pkg *types.Package) {
	o := &orderer{info: info, pkg: pkg}
	// Bodies are collected first: the rewrite moves expressions (and the
	// function literals inside them) around, and each body is ordered once.
	var bodies []*ast.BlockStmt
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body != nil {
				bodies = append(bodies, n.Body)
			}
		case *ast.FuncLit:
			bodies = append(bodies, n.Body)
		}
		return true
	})
	for _, b := range bodies {
		o.block(b)
	}
}

type orderer struct {
	info *types.Info
	pkg  *types.Package
	n    int        // temporaries made so far
	out  []ast.Stmt // statements to run before the one being ordered
}

func (o *orderer) block(b *ast.BlockStmt) {
	if b == nil {
		return
	}
	b.List = o.list(b.List)
}

func (o *orderer) list(stmts []ast.Stmt) []ast.Stmt {
	var res []ast.Stmt
	for _, s := range stmts {
		res = append(res, o.stmt(s)...)
	}
	return res
}

// stmt orders one statement; nested blocks are ordered on their own. It
// returns the statements that replace s: the copies gc makes ahead of it,
// then s.
func (o *orderer) stmt(s ast.Stmt) []ast.Stmt {
	switch s := s.(type) {
	case *ast.BlockStmt:
		o.block(s)
	case *ast.LabeledStmt:
		// The label must stay on the statement itself (break and continue
		// name it); the copies go in front.
		l := o.stmt(s.Stmt)
		s.Stmt = l[len(l)-1]
		return append(l[:len(l)-1], s)
	case *ast.IfStmt:
		o.block(s.Body)
		if s.Else != nil {
			if l := o.stmt(s.Else); len(l) == 1 {
				s.Else = l[0]
			} else {
				s.Else = &ast.BlockStmt{Lbrace: s.Else.Pos(), List: l, Rbrace: s.Else.End()}
			}
		}
		if !o.needs(s.Cond) {
			if s.Init != nil {
				if l := o.stmt(s.Init); len(l) > 1 {
					s.Init = l[len(l)-1]
					return append(l[:len(l)-1], s)
				}
			}
			return []ast.Stmt{s}
		}
		// `if init; cond` becomes `{ init; copies; if cond }`: the
		// condition's copies run after the init statement, each time.
		var l []ast.Stmt
		if s.Init != nil {
			l = o.stmt(s.Init)
			s.Init = nil
		}
		o.out = nil
		s.Cond = o.expr(s.Cond)
		l = append(append(l, o.out...), s)
		o.out = nil
		return []ast.Stmt{&ast.BlockStmt{Lbrace: s.Pos(), List: l, Rbrace: s.End()}}
	case *ast.ForStmt:
		o.block(s.Body)
		var pre []ast.Stmt
		if s.Init != nil {
			l := o.stmt(s.Init)
			s.Init = l[len(l)-1]
			pre = l[:len(l)-1]
		}
		if s.Cond != nil && o.needs(s.Cond) {
			// The condition runs before every iteration, so its copies
			// do too: `for init; cond; post { body }` becomes
			// `for init; ; post { copies; if cond {} else { break }; body }`.
			o.out = nil
			cond := o.expr(s.Cond)
			brk := &ast.IfStmt{If: cond.Pos(), Cond: cond, Body: &ast.BlockStmt{Lbrace: cond.Pos(), Rbrace: cond.End()},
				Else: &ast.BlockStmt{Lbrace: cond.Pos(), List: []ast.Stmt{&ast.BranchStmt{TokPos: cond.Pos(), Tok: token.BREAK}}, Rbrace: cond.End()}}
			s.Body.List = append(append(o.out, brk), s.Body.List...)
			s.Cond = nil
			o.out = nil
		}
		// A post statement that would need copies is left in the
		// builder's order: it has room for one simple statement only.
		return append(pre, s)
	case *ast.RangeStmt:
		o.block(s.Body)
		if o.needs(s.X) {
			o.out = nil
			s.X = o.top(s.X)
			l := append(o.out, s)
			o.out = nil
			return l
		}
	case *ast.SwitchStmt:
		for _, c := range s.Body.List {
			c := c.(*ast.CaseClause)
			c.Body = o.list(c.Body)
		}
		var l []ast.Stmt
		if s.Init != nil {
			l = o.stmt(s.Init)
			s.Init = l[len(l)-1]
			l = l[:len(l)-1]
		}
		if s.Tag != nil && o.needs(s.Tag) {
			if s.Init != nil {
				l = append(l, s.Init)
				s.Init = nil
			}
			o.out = nil
			s.Tag = o.top(s.Tag)
			l = append(l, o.out...)
			o.out = nil
			return []ast.Stmt{&ast.BlockStmt{Lbrace: s.Pos(), List: append(l, s), Rbrace: s.End()}}
		}
		return append(l, s)
	case *ast.TypeSwitchStmt:
		for _, c := range s.Body.List {
			c := c.(*ast.CaseClause)
			c.Body = o.list(c.Body)
		}
	case *ast.SelectStmt:
		for _, c := range s.Body.List {
			c := c.(*ast.CommClause)
			c.Body = o.list(c.Body)
		}
	case *ast.ExprStmt, *ast.AssignStmt, *ast.IncDecStmt, *ast.SendStmt,
		*ast.ReturnStmt, *ast.GoStmt, *ast.DeferStmt, *ast.DeclStmt:
		if !o.needs(s) {
			return []ast.Stmt{s}
		}
		o.out = nil
		o.simple(s)
		l := append(o.out, s)
		o.out = nil
		return l
	}
	return []ast.Stmt{s}
}

// simple orders a simple statement in place, as order.go's stmt does,
// appending the copies to o.out.
func (o *orderer) simple(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.ExprStmt:
		s.X = o.top(s.X)
	case *ast.IncDecStmt:
		s.X = o.lhs(s.X)
	case *ast.SendStmt:
		s.Chan = o.expr(s.Chan)
		s.Value = o.expr(s.Value)
	case *ast.GoStmt:
		s.Call = o.top(s.Call).(*ast.CallExpr)
	case *ast.DeferStmt:
		s.Call = o.top(s.Call).(*ast.CallExpr)
	case *ast.ReturnStmt:
		if len(s.Results) == 1 {
			s.Results[0] = o.top(s.Results[0])
			break
		}
		for i, r := range s.Results {
			s.Results[i] = o.expr(r)
		}
	case *ast.DeclStmt:
		g := s.Decl.(*ast.GenDecl)
		for _, sp := range g.Specs {
			if vs, ok := sp.(*ast.ValueSpec); ok {
				o.rhs(vs.Values, len(vs.Names) == 1)
			}
		}
	case *ast.AssignStmt:
		if len(s.Lhs) == 1 && o.mapAppend(s) {
			// m[k] = append(m[k], args): one mapassign, the map and
			// key evaluated once for both sides, the arguments copied
			// ahead of it (order.go's mapAppend).
			lhs := o.lhs(s.Lhs[0]).(*ast.IndexExpr)
			call := ast.Unparen(s.Rhs[0]).(*ast.CallExpr)
			rix := ast.Unparen(call.Args[0]).(*ast.IndexExpr)
			rix.X, rix.Index = lhs.X, lhs.Index
			for i := 1; i < len(call.Args); i++ {
				call.Args[i] = o.expr(call.Args[i])
			}
			break
		}
		for i, l := range s.Lhs {
			s.Lhs[i] = o.lhs(l)
		}
		if s.Tok != token.ASSIGN && s.Tok != token.DEFINE {
			// x op= y: gc copies y ahead (order.go's OASOP).
			s.Rhs[0] = o.expr(s.Rhs[0])
			break
		}
		// The whole right-hand side of an assignment to a plain
		// variable is not copied; into anything else it is.
		_, toVar := ast.Unparen(s.Lhs[0]).(*ast.Ident)
		o.rhs(s.Rhs, len(s.Lhs) == 1 && toVar)
	}
}

func (o *orderer) rhs(values []ast.Expr, inPlace bool) {
	if len(values) == 1 && (inPlace || o.isTuple(values[0])) {
		values[0] = o.top(values[0])
		return
	}
	for i, v := range values {
		values[i] = o.expr(v)
	}
}

// mapAppend reports `m[k] = append(m[k], ...)` with the same operands.
func (o *orderer) mapAppend(s *ast.AssignStmt) bool {
	ix, ok := ast.Unparen(s.Lhs[0]).(*ast.IndexExpr)
	if !ok || !o.isMap(ix.X) {
		return false
	}
	call, ok := ast.Unparen(s.Rhs[0]).(*ast.CallExpr)
	if !ok || o.builtin(call.Fun) != "append" || len(call.Args) == 0 {
		return false
	}
	return types.ExprString(ast.Unparen(call.Args[0])) == types.ExprString(ix)
}

// lhs orders the operands of an assignment's destination, which stays in
// the statement.
func (o *orderer) lhs(e ast.Expr) ast.Expr {
	switch e := ast.Unparen(e).(type) {
	case *ast.IndexExpr:
		e.X = o.expr(e.X)
		e.Index = o.expr(e.Index)
	case *ast.StarExpr:
		e.X = o.expr(e.X)
	case *ast.SelectorExpr:
		if !o.qualified(e) {
			e.X = o.expr(e.X)
		}
	}
	return e
}

// top orders an expression that gc evaluates in place: the statement's own
// call, receive or right-hand side. Its operands are ordered; it is not
// copied.
func (o *orderer) top(e ast.Expr) ast.Expr {
	switch u := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if u.Op == token.LAND || u.Op == token.LOR {
			return o.expr(e)
		}
	case *ast.CompositeLit:
		if o.isMap(u) {
			return e
		}
	}
	o.children(ast.Unparen(e))
	return e
}

// expr orders e as an operand: its own operands first, then, if gc copies
// it ahead, the copy.
func (o *orderer) expr(e ast.Expr) ast.Expr {
	if e == nil {
		return nil
	}
	u := ast.Unparen(e)
	if b, ok := u.(*ast.BinaryExpr); ok && (b.Op == token.LAND || b.Op == token.LOR) {
		return o.logical(b)
	}
	if lit, ok := u.(*ast.CompositeLit); ok && o.isMap(lit) {
		// gc builds a map literal entry by entry (issue 26552), each
		// entry's key and value in its own statement; Interleave keeps
		// the builder's entry-by-entry order inside the literal and
		// copies the finished map ahead.
		return o.copy(e)
	}
	o.children(u)
	if o.early(u) && !o.isTuple(u) {
		return o.copy(e)
	}
	return e
}

// logical copies `a && b` ahead as order.go does:
// `t := a; if t { copies of b; t = b }` (`if t {} else {…}` for ||).
func (o *orderer) logical(b *ast.BinaryExpr) ast.Expr {
	x := o.expr(b.X)
	def, use, v := o.temp(b, x)
	o.out = append(o.out, def)
	saved := o.out
	o.out = nil
	y := o.expr(b.Y)
	set := &ast.Ident{NamePos: b.Y.Pos(), Name: v.Name()}
	o.info.Uses[set] = v
	o.info.Types[set] = o.info.Types[use]
	o.out = append(o.out, &ast.AssignStmt{Lhs: []ast.Expr{set}, TokPos: b.Y.Pos(), Tok: token.ASSIGN, Rhs: []ast.Expr{y}})
	gen := &ast.BlockStmt{Lbrace: b.Y.Pos(), List: o.out, Rbrace: b.Y.End()}
	o.out = saved
	cond := &ast.Ident{NamePos: b.OpPos, Name: v.Name()}
	o.info.Uses[cond] = v
	o.info.Types[cond] = o.info.Types[use]
	ifs := &ast.IfStmt{If: b.OpPos, Cond: cond, Body: gen}
	if b.Op == token.LOR {
		ifs.Body = &ast.BlockStmt{Lbrace: b.OpPos, Rbrace: b.OpPos}
		ifs.Else = gen
	}
	o.out = append(o.out, ifs)
	return use
}

// copy appends `t := e` to the copies and returns t.
func (o *orderer) copy(e ast.Expr) ast.Expr {
	def, use, _ := o.temp(e, e)
	o.out = append(o.out, def)
	return use
}

// temp makes a temporary of e's type defined as init.
func (o *orderer) temp(e, init ast.Expr) (*ast.AssignStmt, *ast.Ident, *types.Var) {
	tv := o.info.Types[e]
	if b, ok := tv.Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		tv.Type = types.Default(b) // an untyped comparison's bool
	}
	o.n++
	name := fmt.Sprintf("order·%d", o.n) // not an identifier: no clash with the program's
	v := types.NewVar(e.Pos(), o.pkg, name, tv.Type)
	def := &ast.Ident{NamePos: e.Pos(), Name: name}
	o.info.Defs[def] = v
	use := &ast.Ident{NamePos: e.Pos(), Name: name}
	o.info.Uses[use] = v
	// The builder reads only the type from here; the mode stays e's
	// (a value), so a use is a plain load of the temporary.
	o.info.Types[use] = types.TypeAndValue{Type: tv.Type}
	return &ast.AssignStmt{Lhs: []ast.Expr{def}, TokPos: e.Pos(), Tok: token.DEFINE, Rhs: []ast.Expr{init}}, use, v
}

// children orders e's operands in place, in the builder's order.
func (o *orderer) children(e ast.Expr) {
	switch e := e.(type) {
	case *ast.ParenExpr:
		e.X = o.expr(e.X)
	case *ast.CallExpr:
		if o.isType(e.Fun) {
			e.Args[0] = o.toIface(o.expr(e.Args[0]), o.info.TypeOf(e.Fun))
			return
		}
		e.Fun = o.fun(e.Fun)
		if len(e.Args) == 1 && o.isTuple(e.Args[0]) {
			e.Args[0] = o.top(e.Args[0])
			return
		}
		sig, _ := o.info.TypeOf(e.Fun).Underlying().(*types.Signature)
		for i, a := range e.Args {
			if o.isType(a) {
				continue
			}
			e.Args[i] = o.expr(a)
			if sig != nil && o.builtin(e.Fun) == "" {
				e.Args[i] = o.toIface(e.Args[i], paramType(sig, i, e.Ellipsis.IsValid()))
			}
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			// &x keeps x addressable: only x's operands are ordered.
			o.children(ast.Unparen(e.X))
			return
		}
		e.X = o.expr(e.X)
	case *ast.BinaryExpr:
		e.X = o.expr(e.X)
		e.Y = o.expr(e.Y)
	case *ast.StarExpr:
		e.X = o.expr(e.X)
	case *ast.SelectorExpr:
		if !o.qualified(e) {
			e.X = o.expr(e.X)
		}
	case *ast.IndexExpr:
		if o.isType(e) || o.isGeneric(e.X) {
			return
		}
		e.X = o.expr(e.X)
		e.Index = o.expr(e.Index)
	case *ast.SliceExpr:
		e.X = o.expr(e.X)
		e.Low = o.expr(e.Low)
		e.High = o.expr(e.High)
		e.Max = o.expr(e.Max)
	case *ast.TypeAssertExpr:
		e.X = o.expr(e.X)
	case *ast.CompositeLit:
		t := o.info.TypeOf(e)
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem() // &T{…} elided inside another literal
		}
		for i, el := range e.Elts {
			elem := litElem(t, i, el)
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				kv.Value = o.toIface(o.expr(kv.Value), elem)
			} else {
				e.Elts[i] = o.toIface(o.expr(el), elem)
			}
		}
	case *ast.KeyValueExpr:
		e.Value = o.expr(e.Value)
	}
}

// toIface copies e ahead when it is converted to the interface type to and
// gc's conversion needs e's address but e has none (order.go's OCONVIFACE
// and addrTemp): a bool, a byte of a string, a struct read from a map. A
// variable, field or element stays in place: gc passes its address.
func (o *orderer) toIface(e ast.Expr, to types.Type) ast.Expr {
	if to == nil || !types.IsInterface(to) {
		return e
	}
	tv := o.info.Types[e]
	if tv.Value != nil || tv.IsNil() || tv.Type == nil || types.IsInterface(tv.Type) || o.addressable(e) {
		return e
	}
	if _, isTemp := e.(*ast.Ident); isTemp {
		return e // already a copy (or a local gc would copy: the same)
	}
	if !convNeedsAddr(tv.Type) {
		return e
	}
	return o.copy(e)
}

// convNeedsAddr mirrors walk's dataWordFuncName: the runtime converts
// 2-, 4- and 8-byte pointer-free values, strings and slices by value, and
// everything else through a pointer.
func convNeedsAddr(t types.Type) bool {
	size, align := gcSizes.Sizeof(t), gcSizes.Alignof(t)
	switch {
	case size == 2 && align == 2,
		size == 4 && align == 4 && !hasPointers(t),
		size == 8 && align == 8 && !hasPointers(t):
		return false
	}
	sole := t
	for {
		switch u := sole.Underlying().(type) {
		case *types.Struct:
			if u.NumFields() == 1 {
				sole = u.Field(0).Type()
				continue
			}
		case *types.Array:
			if u.Len() == 1 {
				sole = u.Elem()
				continue
			}
		}
		break
	}
	switch u := sole.Underlying().(type) {
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			return false
		}
	case *types.Slice:
		return false
	}
	return true
}

var gcSizes = types.SizesFor("gc", "amd64")

func hasPointers(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0 || u.Kind() == types.UnsafePointer
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if hasPointers(u.Field(i).Type()) {
				return true
			}
		}
		return false
	case *types.Array:
		return u.Len() > 0 && hasPointers(u.Elem())
	}
	return true
}

// addressable is gc's ir.IsAddressable.
func (o *orderer) addressable(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		_, ok := o.info.Uses[e].(*types.Var)
		return ok
	case *ast.StarExpr:
		return true
	case *ast.SelectorExpr:
		sel := o.info.Selections[e]
		if sel == nil || sel.Kind() != types.FieldVal {
			return false
		}
		if _, ok := o.info.TypeOf(e.X).Underlying().(*types.Pointer); ok || sel.Indirect() {
			return true
		}
		return o.addressable(e.X)
	case *ast.IndexExpr:
		switch u := o.info.TypeOf(e.X).Underlying().(type) {
		case *types.Slice, *types.Pointer:
			return true
		case *types.Array:
			_ = u
			return o.addressable(e.X)
		}
	}
	return false
}

// paramType is the type argument i is passed as.
func paramType(sig *types.Signature, i int, spread bool) types.Type {
	n := sig.Params().Len()
	if sig.Variadic() && i >= n-1 {
		last := sig.Params().At(n - 1).Type()
		if spread {
			return last
		}
		if s, ok := last.Underlying().(*types.Slice); ok {
			return s.Elem()
		}
		return nil
	}
	if i < n {
		return sig.Params().At(i).Type()
	}
	return nil
}

// litElem is the type element i of a composite literal of type t is stored
// as (nil for a struct field named by key when it cannot be found).
func litElem(t types.Type, i int, el ast.Expr) types.Type {
	switch u := t.Underlying().(type) {
	case *types.Struct:
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			id, _ := kv.Key.(*ast.Ident)
			for j := 0; id != nil && j < u.NumFields(); j++ {
				if u.Field(j).Name() == id.Name {
					return u.Field(j).Type()
				}
			}
			return nil
		}
		if i < u.NumFields() {
			return u.Field(i).Type()
		}
	case *types.Slice:
		return u.Elem()
	case *types.Array:
		return u.Elem()
	case *types.Map:
		return u.Elem()
	}
	return nil
}

// fun orders a call's function operand: a method's receiver or a function
// value is read when the call is made (late); a call producing the function
// is copied ahead like any call.
func (o *orderer) fun(f ast.Expr) ast.Expr {
	switch u := ast.Unparen(f).(type) {
	case *ast.Ident, *ast.FuncLit, *ast.IndexExpr, *ast.IndexListExpr:
		return f
	case *ast.SelectorExpr:
		if !o.qualified(u) {
			if sel := o.info.Selections[u]; sel != nil && sel.Kind() == types.MethodVal {
				// The receiver: a method with a pointer receiver on an
				// addressable value takes its address, so it must stay.
				o.children(ast.Unparen(u.X))
				if o.early(ast.Unparen(u.X)) && !o.isTuple(u.X) {
					u.X = o.copy(u.X)
				}
				return f
			}
			u.X = o.expr(u.X)
		}
		return f
	}
	return o.expr(f)
}

// early reports whether gc copies e ahead of its statement (order.go's
// copyExpr cases).
func (o *orderer) early(e ast.Expr) bool {
	if tv, ok := o.info.Types[e]; ok && tv.Value != nil {
		return false // a constant, like len of an array
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		if o.isType(e.Fun) {
			// OSTR2BYTES and OSTR2RUNES are copied; the other
			// conversions (string(b), string(r), numeric) are not.
			to, ok := o.info.TypeOf(e).Underlying().(*types.Slice)
			if !ok {
				return false
			}
			from, ok := o.info.TypeOf(e.Args[0]).Underlying().(*types.Basic)
			return ok && from.Info()&types.IsString != 0 && to != nil
		}
		switch o.builtin(e.Fun) {
		case "":
			return true
		case "len", "cap", "append", "copy", "min", "max", "new", "make",
			"complex", "real", "imag", "recover":
			return true
		}
		return false
	case *ast.UnaryExpr:
		return e.Op == token.ARROW
	case *ast.BinaryExpr:
		return e.Op == token.LAND || e.Op == token.LOR
	case *ast.SliceExpr:
		return true
	case *ast.TypeAssertExpr:
		return !directIface(o.info.TypeOf(e))
	case *ast.CompositeLit:
		return o.isMap(e)
	}
	return false
}

// directIface reports a pointer-shaped type, stored in an interface's data
// word itself (types.IsDirectIface): asserting to one is not copied.
func directIface(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Pointer, *types.Chan, *types.Map, *types.Signature:
		return true
	case *types.Basic:
		return u.Kind() == types.UnsafePointer
	case *types.Struct:
		return u.NumFields() == 1 && directIface(u.Field(0).Type())
	case *types.Array:
		return u.Len() == 1 && directIface(u.Elem())
	}
	return false
}

// needs reports whether n holds an early expression that some late read
// precedes in left-to-right order: only then do gc's order and the
// builder's differ.
func (o *orderer) needs(n ast.Node) bool {
	var seen, need bool
	var visit func(n ast.Node, inPlace bool)
	visit = func(n ast.Node, inPlace bool) {
		if n == nil || need {
			return
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return // its body runs later, ordered on its own
		case *ast.Ident:
			if _, ok := o.info.Uses[n].(*types.Var); ok {
				seen = true
			}
			return
		case *ast.SelectorExpr:
			if !o.qualified(n) {
				visit(n.X, false)
			}
			return
		case *ast.KeyValueExpr:
			if _, ok := n.Key.(*ast.Ident); !ok {
				visit(n.Key, false)
			}
			visit(n.Value, false)
			return
		case *ast.BinaryExpr:
			if n.Op == token.LAND || n.Op == token.LOR {
				before := seen
				visit(n.X, false)
				// The right operand is ordered on its own, after
				// the left one has run.
				saved := seen
				seen = false
				visit(n.Y, false)
				seen = saved
				if before {
					need = true
				}
				return
			}
		case ast.Expr:
			if o.isType(n) {
				return
			}
			if o.early(n) {
				before := seen
				seen = false
				ast.Inspect(n, func(c ast.Node) bool {
					if c == n {
						return true
					}
					if e, ok := c.(ast.Expr); ok {
						visit(e, false)
						return false
					}
					return true
				})
				if before && !inPlace {
					need = true
				}
				seen = seen || before
				return
			}
		}
		ast.Inspect(n, func(c ast.Node) bool {
			if c == n {
				return true
			}
			switch c := c.(type) {
			case *ast.BlockStmt:
				return false // nested statements are ordered on their own
			case ast.Expr:
				visit(c, false)
				return false
			}
			return true
		})
	}
	visit(n, false)
	return need
}

func (o *orderer) isType(e ast.Expr) bool {
	tv, ok := o.info.Types[e]
	return ok && tv.IsType()
}

func (o *orderer) isTuple(e ast.Expr) bool {
	_, ok := o.info.TypeOf(e).(*types.Tuple)
	return ok
}

func (o *orderer) isMap(e ast.Expr) bool {
	t := o.info.TypeOf(e)
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Map)
	return ok
}

// isGeneric reports the name of a generic function being instantiated.
func (o *orderer) isGeneric(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			return false
		}
	}
	_, ok = o.info.Instances[id]
	return ok
}

// qualified reports pkg.Name.
func (o *orderer) qualified(s *ast.SelectorExpr) bool {
	if id, ok := s.X.(*ast.Ident); ok {
		_, ok := o.info.Uses[id].(*types.PkgName)
		return ok
	}
	return false
}

// builtin names the builtin a call's function is ("" if none).
func (o *orderer) builtin(f ast.Expr) string {
	switch u := ast.Unparen(f).(type) {
	case *ast.Ident:
		if b, ok := o.info.Uses[u].(*types.Builtin); ok {
			return b.Name()
		}
	case *ast.SelectorExpr:
		if b, ok := o.info.Uses[u.Sel].(*types.Builtin); ok {
			return "unsafe." + b.Name()
		}
	}
	return ""
}
