// Host fast paths for fmt's hot leaves: operands of the predeclared kinds are formatted by the VM (runner/vm/fmtfast.go), Go's fmt does the rest.

//std:rename pp.printArg printArgGo
//std:rename pp.printValue printValueGo
//std:rename pp.doPrint doPrintGo
//std:rename pp.doPrintln doPrintlnGo
//std:rename pp.doPrintf doPrintfGo

package fmt

import "reflect"

func (p *pp) printArg(arg any, verb rune) {
	if s, ok := formatArg(&p.fmt, arg, verb); ok {
		p.buf.writeString(s)
		return
	}
	p.printArgGo(arg, verb)
}

func (p *pp) printValue(value reflect.Value, verb rune, depth int) {
	if s, ok := formatValue(&p.fmt, value, verb); ok {
		p.buf.writeString(s)
		return
	}
	p.printValueGo(value, verb, depth)
}

// formatArg and formatValue format an operand of a basic kind whose type
// has no methods, with a verb that kind accepts, as fmt would with f's
// flags, width and precision; ok is false for every other operand.
func formatArg(f *fmt, arg any, verb rune) (s string, ok bool)
func formatValue(f *fmt, value reflect.Value, verb rune) (s string, ok bool)

func (p *pp) doPrint(a []any) {
	if s, ok := formatPrint(a, false); ok {
		p.buf.writeString(s)
		return
	}
	p.doPrintGo(a)
}

func (p *pp) doPrintln(a []any) {
	if s, ok := formatPrint(a, true); ok {
		p.buf.writeString(s)
		return
	}
	p.doPrintlnGo(a)
}

func (p *pp) doPrintf(format string, a []any) {
	if s, ok := formatPrintf(format, a); ok {
		p.buf.writeString(s)
		return
	}
	p.doPrintfGo(format, a)
}

// formatPrint formats operands that all print without methods (a basic
// kind, or structs, arrays and slices of them) as doPrint, or doPrintln
// when line is set, would; formatPrintf formats operands that all have
// predeclared basic types as doPrintf would.
func formatPrint(a []any, line bool) (s string, ok bool)
func formatPrintf(format string, a []any) (s string, ok bool)
