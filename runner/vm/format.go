// Formatting: Go's fmt over VM values.
//
// This file is a port of $GOROOT/src/fmt/print.go and format.go (and of
// internal/fmtsort, which orders map keys), with reflect.Value (and fmt's
// arg any) replaced by a fmtArg: a VM Value together with its *Type. The
// structure mirrors Go's so that the two can be read side by side:
//
//	fmtr        ↔ fmt.fmt          the raw formatter: padding, integers, floats, quoting
//	pp          ↔ fmt.pp           printer state: printArg, printValue, handleMethods,
//	                               catchPanic, badVerb, doPrint, doPrintln, doPrintf
//	compareKeys ↔ fmtsort.compare  map keys in the order fmt prints them
//
// Identifiers that would be too generic in package vm carry a fmt prefix.
//
// Differences from Go, all deliberate:
//
//   - Error, String and GoString methods run in the VM through methodCaller
//     (Machine.CallMethod). A panic inside one is reported the way catchPanic
//     reports it: "%!v(PANIC=String method: msg)", or "<nil>" when the receiver
//     is a nil pointer. fmt.Formatter is not supported (the std stub has no
//     fmt.State).
//   - Pointers, channels, funcs, maps and slices have no machine addresses;
//     they print as fake but stable ones, 0xc000010000 + 8*objID.
//   - Interface map keys of different dynamic types are ordered by type name,
//     not by the address of the type descriptor.
//   - %w is honoured (as Errorf does) when Sprintf is called from fmt.Errorf,
//     whose std stub formats through Sprintf.
//
// Type names (%T, %#v, %!verb(T=v)) come from runtimeTypeString, which
// renders a go/types type exactly as reflect.Type.String does ([]interface {},
// uint8 for byte, struct { A int }, main.Pair[int,string]).
package vm

import (
	"cmp"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

func init() {
	register("fmt.Sprint", func(c *Ctx, args []Value) Value {
		p := newPrinter(c.M)
		p.doPrint(args[0].Elems())
		return p.result(c)
	})
	register("fmt.Sprintln", func(c *Ctx, args []Value) Value {
		p := newPrinter(c.M)
		p.doPrintln(args[0].Elems())
		return p.result(c)
	})
	register("fmt.Sprintf", func(c *Ctx, args []Value) Value {
		p := newPrinter(c.M)
		p.wrapErrs = calledFrom(c, "fmt.Errorf")
		p.doPrintf(args[0].Str(), args[1].Elems())
		return p.result(c)
	})
	register("fmt.wrappedArgs", func(c *Ctx, args []Value) Value {
		var out []Value
		for _, i := range wrappedArgs(args[0].Str(), int(args[1].Int())) {
			out = append(out, intVal(int64(i)))
		}
		if out == nil {
			return Value{} // a nil slice
		}
		return Value{R: out}
	})
}

// sprintf formats like fmt.Sprintf (Sprint and Sprintln use the printer's
// doPrint and doPrintln directly). Each fmtArg is an interface value (R is *Iface or nil). m
// may be nil when no fmtArg has methods to call.

func sprintf(m *Machine, format string, args []Value) string {
	p := newPrinter(m)
	p.doPrintf(format, args)
	return string(p.buf)
}

// wrappedArgs lists the operands that %w verbs of format consume, given n
// operands, the way fmt.Errorf collects them: sorted if the format reorders
// its arguments, and without repeats.
func wrappedArgs(format string, n int) []int {
	p := newPrinter(nil)
	p.doPrintf(format, make([]Value, n))
	w := p.wrappedErrs
	if len(w) > 1 {
		if p.reordered {
			slices.Sort(w)
		}
		w = slices.Compact(w)
	}
	return w
}

// calledFrom reports whether the intrinsic was called from the function fn.
func calledFrom(c *Ctx, fn string) bool {
	if c == nil || c.G == nil || len(c.G.frames) == 0 {
		return false
	}
	f := c.G.top().fn
	return f != nil && f.Name == fn
}

// result ends an intrinsic formatting call: the formatted string, or, if a
// method panicked while fmt was already reporting a panic, that panic.
func (p *pp) result(c *Ctx) Value {
	if p.repanic != nil && c.M != nil && c.G != nil {
		c.M.startPanic(c.G, Value{R: p.repanic}, false)
		return Value{}
	}
	return strVal(string(p.buf))
}

// intrPanicString makes the calling goroutine panic with a string value.
func intrPanicString(c *Ctx, msg string) {
	if c == nil || c.M == nil || c.G == nil {
		return
	}
	c.M.startPanic(c.G, Value{R: &Iface{T: c.M.prog.stringType, V: strVal(msg)}}, false)
}

// Method sets fmt looks at. A type has one of these methods when its method
// set holds a compiled method by that name and go/types agrees the type
// implements the interface (so a String(int) method does not count).
var (
	fmtErrorIface      = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	fmtStringerIface   = stringMethodIface("String")
	fmtGoStringerIface = stringMethodIface("GoString")
)

func stringMethodIface(name string) *types.Interface {
	res := types.NewTuple(types.NewParam(token.NoPos, nil, "", types.Typ[types.String]))
	sig := types.NewSignatureType(nil, nil, nil, nil, res, false)
	return types.NewInterfaceType([]*types.Func{types.NewFunc(token.NoPos, nil, name, sig)}, nil).Complete()
}

func typeImplements(t *Type, iface *types.Interface) bool {
	return t != nil && t.T != nil && types.Implements(t.T, iface)
}

// methodCaller runs method name of dynamic type t on recv and returns its
// result, or the panic it raised; ok is false if t has no such method.
type methodCaller func(recv Value, t *Type, name string) (result Value, panicked *Iface, ok bool)

// ---------------------------------------------------------------------------
// The raw formatter: a port of fmt/format.go.

// Strings for use with fmtBuf.writeString.
const (
	commaSpaceString  = ", "
	nilAngleString    = "<nil>"
	nilParenString    = "(nil)"
	nilWordString     = "nil"
	mapOpenString     = "map["
	percentBangString = "%!"
	missingString     = "(MISSING)"
	badIndexString    = "(BADINDEX)"
	panicEqString     = "(PANIC="
	extraString       = "%!(EXTRA "
	badWidthString    = "%!(BADWIDTH)"
	badPrecString     = "%!(BADPREC)"
	noVerbString      = "%!(NOVERB)"
	invReflectString  = "<invalid reflect.Value>"
)

const (
	ldigits = "0123456789abcdefx"
	udigits = "0123456789ABCDEFX"
)

const (
	fmtSigned   = true
	fmtUnsigned = false
)

type fmtBuf []byte

func (b *fmtBuf) write(p []byte)       { *b = append(*b, p...) }
func (b *fmtBuf) writeString(s string) { *b = append(*b, s...) }
func (b *fmtBuf) writeByte(c byte)     { *b = append(*b, c) }
func (b *fmtBuf) writeRune(r rune)     { *b = utf8.AppendRune(*b, r) }

// fmtFlags are placed in a separate struct for easy clearing.
type fmtFlags struct {
	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool

	// For the formats %+v %#v, we set the plusV/sharpV flags
	// and clear the plus/sharp flags since %+v and %#v are in effect
	// different, flagless formats set at the top level.
	plusV  bool
	sharpV bool
}

// fmtr is the raw formatter used by the pp (fmt.fmt).
type fmtr struct {
	buf *fmtBuf

	fmtFlags

	wid  int // width
	prec int // precision

	// intbuf is large enough to store %b of an int64 with a sign and
	// avoids padding at the end of the struct on 32 bit architectures.
	intbuf [68]byte
}

func (f *fmtr) clearflags() {
	f.fmtFlags = fmtFlags{}
	f.wid = 0
	f.prec = 0
}

func (f *fmtr) init(buf *fmtBuf) {
	f.buf = buf
	f.clearflags()
}

// writePadding generates n bytes of padding.
func (f *fmtr) writePadding(n int) {
	if n <= 0 {
		return
	}
	padByte := byte(' ')
	// Zero padding is allowed only to the left.
	if f.zero && !f.minus {
		padByte = byte('0')
	}
	for range n {
		*f.buf = append(*f.buf, padByte)
	}
}

// pad appends b to f.buf, padded on left (!f.minus) or right (f.minus).
func (f *fmtr) pad(b []byte) {
	if !f.widPresent || f.wid == 0 {
		f.buf.write(b)
		return
	}
	width := f.wid - utf8.RuneCount(b)
	if !f.minus {
		f.writePadding(width)
		f.buf.write(b)
	} else {
		f.buf.write(b)
		f.writePadding(width)
	}
}

// padString appends s to f.buf, padded on left (!f.minus) or right (f.minus).
func (f *fmtr) padString(s string) {
	if !f.widPresent || f.wid == 0 {
		f.buf.writeString(s)
		return
	}
	width := f.wid - utf8.RuneCountInString(s)
	if !f.minus {
		f.writePadding(width)
		f.buf.writeString(s)
	} else {
		f.buf.writeString(s)
		f.writePadding(width)
	}
}

// fmtBoolean formats a boolean.
func (f *fmtr) fmtBoolean(v bool) {
	if v {
		f.padString("true")
	} else {
		f.padString("false")
	}
}

// fmtUnicode formats a uint64 as "U+0078" or with f.sharp set as "U+0078 'x'".
func (f *fmtr) fmtUnicode(u uint64) {
	buf := f.intbuf[0:]

	// With default precision set the maximum needed buf length is 18
	// for formatting -1 with %#U ("U+FFFFFFFFFFFFFFFF") which fits
	// into the already allocated intbuf with a capacity of 68 bytes.
	prec := 4
	if f.precPresent && f.prec > 4 {
		prec = f.prec
		// Compute space needed for "U+" , number, " '", character, "'".
		width := 2 + prec + 2 + utf8.UTFMax + 1
		if width > len(buf) {
			buf = make([]byte, width)
		}
	}

	// Format into buf, ending at buf[i]. Formatting numbers is easier right-to-left.
	i := len(buf)

	// For %#U we want to add a space and a quoted character at the end of the buffer.
	if f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		i--
		buf[i] = '\''
		i -= utf8.RuneLen(rune(u))
		utf8.EncodeRune(buf[i:], rune(u))
		i--
		buf[i] = '\''
		i--
		buf[i] = ' '
	}
	// Format the Unicode code point u as a hexadecimal number.
	for u >= 16 {
		i--
		buf[i] = udigits[u&0xF]
		prec--
		u >>= 4
	}
	i--
	buf[i] = udigits[u]
	prec--
	// Add zeros in front of the number until requested precision is reached.
	for prec > 0 {
		i--
		buf[i] = '0'
		prec--
	}
	// Add a leading "U+".
	i--
	buf[i] = '+'
	i--
	buf[i] = 'U'

	oldZero := f.zero
	f.zero = false
	f.pad(buf[i:])
	f.zero = oldZero
}

// fmtInteger formats signed and unsigned integers.
func (f *fmtr) fmtInteger(u uint64, base int, isSigned bool, verb rune, digits string) {
	negative := isSigned && int64(u) < 0
	if negative {
		u = -u
	}

	buf := f.intbuf[0:]
	// The already allocated f.intbuf with a capacity of 68 bytes
	// is large enough for integer formatting when no precision or width is set.
	if f.widPresent || f.precPresent {
		// Account 3 extra bytes for possible addition of a sign and "0x".
		width := 3 + f.wid + f.prec // wid and prec are always positive.
		if width > len(buf) {
			buf = make([]byte, width)
		}
	}

	// Two ways to ask for extra leading zero digits: %.3d or %03d.
	// If both are specified the f.zero flag is ignored and
	// padding with spaces is used instead.
	prec := 0
	if f.precPresent {
		prec = f.prec
		// Precision of 0 and value of 0 means "print nothing" but padding.
		if prec == 0 && u == 0 {
			oldZero := f.zero
			f.zero = false
			f.writePadding(f.wid)
			f.zero = oldZero
			return
		}
	} else if f.zero && !f.minus && f.widPresent { // Zero padding is allowed only to the left.
		prec = f.wid
		if negative || f.plus || f.space {
			prec-- // leave room for sign
		}
	}

	// Because printing is easier right-to-left: format u into buf, ending at buf[i].
	i := len(buf)
	switch base {
	case 10:
		for u >= 10 {
			i--
			next := u / 10
			buf[i] = byte('0' + u - next*10)
			u = next
		}
	case 16:
		for u >= 16 {
			i--
			buf[i] = digits[u&0xF]
			u >>= 4
		}
	case 8:
		for u >= 8 {
			i--
			buf[i] = byte('0' + u&7)
			u >>= 3
		}
	case 2:
		for u >= 2 {
			i--
			buf[i] = byte('0' + u&1)
			u >>= 1
		}
	default:
		panic("fmt: unknown base; can't happen")
	}
	i--
	buf[i] = digits[u]
	for i > 0 && prec > len(buf)-i {
		i--
		buf[i] = '0'
	}

	// Various prefixes: 0x, -, etc.
	if f.sharp {
		switch base {
		case 2:
			// Add a leading 0b.
			i--
			buf[i] = 'b'
			i--
			buf[i] = '0'
		case 8:
			if buf[i] != '0' {
				i--
				buf[i] = '0'
			}
		case 16:
			// Add a leading 0x or 0X.
			i--
			buf[i] = digits[16]
			i--
			buf[i] = '0'
		}
	}
	if verb == 'O' {
		i--
		buf[i] = 'o'
		i--
		buf[i] = '0'
	}

	if negative {
		i--
		buf[i] = '-'
	} else if f.plus {
		i--
		buf[i] = '+'
	} else if f.space {
		i--
		buf[i] = ' '
	}

	// Left padding with zeros has already been handled like precision earlier
	// or the f.zero flag is ignored due to an explicitly set precision.
	oldZero := f.zero
	f.zero = false
	f.pad(buf[i:])
	f.zero = oldZero
}

// truncateString truncates the string s to the specified precision, if present.
func (f *fmtr) truncateString(s string) string {
	if f.precPresent {
		n := f.prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

// truncate truncates the byte slice b as a string of the specified precision, if present.
func (f *fmtr) truncate(b []byte) []byte {
	if f.precPresent {
		n := f.prec
		for i := 0; i < len(b); {
			n--
			if n < 0 {
				return b[:i]
			}
			_, wid := utf8.DecodeRune(b[i:])
			i += wid
		}
	}
	return b
}

// fmtS formats a string.
func (f *fmtr) fmtS(s string) {
	s = f.truncateString(s)
	f.padString(s)
}

// fmtBs formats the byte slice b as if it was formatted as string with fmtS.
func (f *fmtr) fmtBs(b []byte) {
	b = f.truncate(b)
	f.pad(b)
}

// fmtSbx formats a string or byte slice as a hexadecimal encoding of its bytes.
func (f *fmtr) fmtSbx(s string, b []byte, digits string) {
	length := len(b)
	if b == nil {
		// No byte slice present. Assume string s should be encoded.
		length = len(s)
	}
	// Set length to not process more bytes than the precision demands.
	if f.precPresent && f.prec < length {
		length = f.prec
	}
	// Compute width of the encoding taking into account the f.sharp and f.space flag.
	width := 2 * length
	if width > 0 {
		if f.space {
			// Each element encoded by two hexadecimals will get a leading 0x or 0X.
			if f.sharp {
				width *= 2
			}
			// Elements will be separated by a space.
			width += length - 1
		} else if f.sharp {
			// Only a leading 0x or 0X will be added for the whole string.
			width += 2
		}
	} else { // The byte slice or string that should be encoded is empty.
		if f.widPresent {
			f.writePadding(f.wid)
		}
		return
	}
	// Handle padding to the left.
	if f.widPresent && f.wid > width && !f.minus {
		f.writePadding(f.wid - width)
	}
	// Write the encoding directly into the output buffer.
	buf := *f.buf
	if f.sharp {
		// Add leading 0x or 0X.
		buf = append(buf, '0', digits[16])
	}
	var c byte
	for i := 0; i < length; i++ {
		if f.space && i > 0 {
			// Separate elements with a space.
			buf = append(buf, ' ')
			if f.sharp {
				// Add leading 0x or 0X for each element.
				buf = append(buf, '0', digits[16])
			}
		}
		if b != nil {
			c = b[i] // Take a byte from the input byte slice.
		} else {
			c = s[i] // Take a byte from the input string.
		}
		// Encode each byte as two hexadecimal digits.
		buf = append(buf, digits[c>>4], digits[c&0xF])
	}
	*f.buf = buf
	// Handle padding to the right.
	if f.widPresent && f.wid > width && f.minus {
		f.writePadding(f.wid - width)
	}
}

// fmtSx formats a string as a hexadecimal encoding of its bytes.
func (f *fmtr) fmtSx(s, digits string) { f.fmtSbx(s, nil, digits) }

// fmtBx formats a byte slice as a hexadecimal encoding of its bytes.
func (f *fmtr) fmtBx(b []byte, digits string) { f.fmtSbx("", b, digits) }

// fmtQ formats a string as a double-quoted, escaped Go string constant.
// If f.sharp is set a raw (backquoted) string may be returned instead
// if the string does not contain any control characters other than tab.
func (f *fmtr) fmtQ(s string) {
	s = f.truncateString(s)
	if f.sharp && strconv.CanBackquote(s) {
		f.padString("`" + s + "`")
		return
	}
	buf := f.intbuf[:0]
	if f.plus {
		f.pad(strconv.AppendQuoteToASCII(buf, s))
	} else {
		f.pad(strconv.AppendQuote(buf, s))
	}
}

// fmtC formats an integer as a Unicode character.
// If the character is not valid Unicode, it will print '\ufffd'.
func (f *fmtr) fmtC(c uint64) {
	// Explicitly check whether c exceeds utf8.MaxRune since the conversion
	// of a uint64 to a rune may lose precision that indicates an overflow.
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	buf := f.intbuf[:0]
	f.pad(utf8.AppendRune(buf, r))
}

// fmtQc formats an integer as a single-quoted, escaped Go character constant.
// If the character is not valid Unicode, it will print '\ufffd'.
func (f *fmtr) fmtQc(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	buf := f.intbuf[:0]
	if f.plus {
		f.pad(strconv.AppendQuoteRuneToASCII(buf, r))
	} else {
		f.pad(strconv.AppendQuoteRune(buf, r))
	}
}

// fmtFloat formats a float64. It assumes that verb is a valid format specifier
// for strconv.AppendFloat and therefore fits into a byte.
func (f *fmtr) fmtFloat(v float64, size int, verb rune, prec int) {
	// Explicit precision in format specifier overrules default precision.
	if f.precPresent {
		prec = f.prec
	}
	// Format number, reserving space for leading + sign if needed.
	num := strconv.AppendFloat(f.intbuf[:1], v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	// f.space means to add a leading space instead of a "+" sign unless
	// the sign is explicitly asked for by f.plus.
	if f.space && num[0] == '+' && !f.plus {
		num[0] = ' '
	}
	// Special handling for infinities and NaN,
	// which don't look like a number so shouldn't be padded with zeros.
	if num[1] == 'I' || num[1] == 'N' {
		oldZero := f.zero
		f.zero = false
		// Remove sign before NaN if not asked for.
		if num[1] == 'N' && !f.space && !f.plus {
			num = num[1:]
		}
		f.pad(num)
		f.zero = oldZero
		return
	}
	// The sharp flag forces printing a decimal point for non-binary formats
	// and retains trailing zeros, which we may need to restore.
	if f.sharp && verb != 'b' {
		digits := 0
		switch verb {
		case 'v', 'g', 'G', 'x':
			digits = prec
			// If no precision is set explicitly use a precision of 6.
			if digits == -1 {
				digits = 6
			}
		}

		// Buffer pre-allocated with enough room for
		// exponent notations of the form "e+123" or "p-1023".
		var tailBuf [6]byte
		tail := tailBuf[:0]

		hasDecimalPoint := false
		sawNonzeroDigit := false
		// Starting from i = 1 to skip sign at num[0].
		for i := 1; i < len(num); i++ {
			switch num[i] {
			case '.':
				hasDecimalPoint = true
			case 'p', 'P':
				tail = append(tail, num[i:]...)
				num = num[:i]
			case 'e', 'E':
				if verb != 'x' && verb != 'X' {
					tail = append(tail, num[i:]...)
					num = num[:i]
					break
				}
				fallthrough
			default:
				if num[i] != '0' {
					sawNonzeroDigit = true
				}
				// Count significant digits after the first non-zero digit.
				if sawNonzeroDigit {
					digits--
				}
			}
		}
		if !hasDecimalPoint {
			// Leading digit 0 should contribute once to digits.
			if len(num) == 2 && num[1] == '0' {
				digits--
			}
			num = append(num, '.')
		}
		for digits > 0 {
			num = append(num, '0')
			digits--
		}
		num = append(num, tail...)
	}
	// We want a sign if asked for and if the sign is not positive.
	if f.plus || num[0] != '+' {
		// If we're zero padding to the left we want the sign before the leading zeros.
		// Achieve this by writing the sign out and then padding the unsigned number.
		// Zero padding is allowed only to the left.
		if f.zero && !f.minus && f.widPresent && f.wid > len(num) {
			f.buf.writeByte(num[0])
			f.writePadding(f.wid - len(num))
			f.buf.write(num[1:])
			return
		}
		f.pad(num)
		return
	}
	// No sign to show and the number is positive; just print the unsigned number.
	f.pad(num[1:])
}

// ---------------------------------------------------------------------------
// The pp: a port of fmt/print.go.

// fmtArg is what fmt holds as an any or a reflect.Value: a value and its
// type. A nil t is the invalid value (the content of a nil interface).
type fmtArg struct {
	v  Value
	t  *Type
	ro bool // reached through an unexported field: not CanInterface, so no methods
}

// ifaceOperand unpacks an interface value into its dynamic type and value.
func ifaceOperand(v Value) fmtArg {
	iv := v.Iface()
	if iv == nil {
		return fmtArg{}
	}
	return fmtArg{v: iv.V, t: iv.T}
}

// dynamic is what reflect.Value.Interface returns for op, as a fmtArg:
// the content of an interface, or op itself.
func (op fmtArg) dynamic() fmtArg {
	if op.t != nil && op.t.Kind == KInterface {
		d := ifaceOperand(op.v)
		d.ro = op.ro
		return d
	}
	return op
}

// pp is fmt.pp: the state of one Sprint, Sprintln or Sprintf.
type pp struct {
	buf fmtBuf

	// arg holds the current item, as an interface{}.
	arg fmtArg

	// value is used instead of arg for reflect values.
	value fmtArg

	// fmt is used to format basic items such as integers or strings.
	fmt fmtr

	// reordered records whether the format string used argument reordering.
	reordered bool
	// goodArgNum records whether the most recent reordering directive was valid.
	goodArgNum bool
	// panicking is set by catchPanic to avoid infinite panic, recover, panic, ... recursion.
	panicking bool
	// erroring is set when printing an error string to guard against calling handleMethods.
	erroring bool
	// wrapErrs is set when the format string may contain a %w verb.
	wrapErrs bool
	// wrappedErrs records the targets of the %w verb.
	wrappedErrs []int

	m     *Machine
	call  methodCaller // nil: no methods are called
	addrs map[any]int  // fake addresses when there is no machine

	// A method panicked while a panic was being reported: the call as a
	// whole panics with this value (catchPanic's panic(err)).
	repanic *Iface
	// Stop calling methods: the run ended inside one, or repanic is set.
	stop bool
}

func newPrinter(m *Machine) *pp {
	p := &pp{m: m}
	if m != nil {
		p.call = m.CallMethod
	}
	p.fmt.init(&p.buf)
	return p
}

// fmtTooLarge reports whether the magnitude of the integer is
// too large to be used as a formatting width or precision.
func fmtTooLarge(x int) bool {
	const max int = 1e6
	return x > max || x < -max
}

// fmtParsenum converts ASCII to integer. num is 0 (and isnum is false) if no number present.
func fmtParsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if fmtTooLarge(num) {
			return 0, false, end // Overflow; crazy long number most likely.
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

func (p *pp) unknownType(v fmtArg) {
	if v.t == nil {
		p.buf.writeString(nilAngleString)
		return
	}
	p.buf.writeByte('?')
	p.buf.writeString(rtypeString(v.t))
	p.buf.writeByte('?')
}

func (p *pp) badVerb(verb rune) {
	p.erroring = true
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeByte('(')
	switch {
	case p.arg.t != nil:
		p.buf.writeString(rtypeString(p.arg.t))
		p.buf.writeByte('=')
		p.printArg(p.arg, 'v')
	case p.value.t != nil:
		p.buf.writeString(rtypeString(p.value.t))
		p.buf.writeByte('=')
		p.printValue(p.value, 'v', 0)
	default:
		p.buf.writeString(nilAngleString)
	}
	p.buf.writeByte(')')
	p.erroring = false
}

func (p *pp) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		p.fmt.fmtBoolean(v)
	default:
		p.badVerb(verb)
	}
}

// fmt0x64 formats a uint64 in hexadecimal and prefixes it with 0x or
// not, as requested, by temporarily setting the sharp flag.
func (p *pp) fmt0x64(v uint64, leading0x bool) {
	sharp := p.fmt.sharp
	p.fmt.sharp = leading0x
	p.fmt.fmtInteger(v, 16, fmtUnsigned, 'v', ldigits)
	p.fmt.sharp = sharp
}

// fmtInteger formats a signed or unsigned integer.
func (p *pp) fmtInteger(v uint64, isSigned bool, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV && !isSigned {
			p.fmt0x64(v, true)
		} else {
			p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
		}
	case 'd':
		p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
	case 'b':
		p.fmt.fmtInteger(v, 2, isSigned, verb, ldigits)
	case 'o', 'O':
		p.fmt.fmtInteger(v, 8, isSigned, verb, ldigits)
	case 'x':
		p.fmt.fmtInteger(v, 16, isSigned, verb, ldigits)
	case 'X':
		p.fmt.fmtInteger(v, 16, isSigned, verb, udigits)
	case 'c':
		p.fmt.fmtC(v)
	case 'q':
		p.fmt.fmtQc(v)
	case 'U':
		p.fmt.fmtUnicode(v)
	default:
		p.badVerb(verb)
	}
}

// fmtFloat formats a float. The default precision for each verb
// is specified as last argument in the call to fmt_float.
func (p *pp) fmtFloat(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmt.fmtFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmt.fmtFloat(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.fmt.fmtFloat(v, size, verb, 6)
	case 'F':
		p.fmt.fmtFloat(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

// fmtComplex formats a complex number v with
// r = real(v) and j = imag(v) as (r+ji) using
// fmtFloat for r and j formatting.
func (p *pp) fmtComplex(v complex128, size int, verb rune) {
	// Make sure any unsupported verbs are found before the
	// calls to fmtFloat to not generate an incorrect error string.
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
		oldPlus := p.fmt.plus
		p.buf.writeByte('(')
		p.fmtFloat(real(v), size/2, verb)
		// Imaginary part always has a sign.
		p.fmt.plus = true
		p.fmtFloat(imag(v), size/2, verb)
		p.buf.writeString("i)")
		p.fmt.plus = oldPlus
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.fmt.fmtQ(v)
		} else {
			p.fmt.fmtS(v)
		}
	case 's':
		p.fmt.fmtS(v)
	case 'x':
		p.fmt.fmtSx(v, ldigits)
	case 'X':
		p.fmt.fmtSx(v, udigits)
	case 'q':
		p.fmt.fmtQ(v)
	default:
		p.badVerb(verb)
	}
}

// fmtBytes formats v, the bytes of op, a []byte or (from printValue) a slice
// or array of a uint8 kind.
func (p *pp) fmtBytes(v []byte, verb rune, typeString string, op fmtArg) {
	switch verb {
	case 'v', 'd':
		if p.fmt.sharpV {
			p.buf.writeString(typeString)
			if v == nil {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
			for i, c := range v {
				if i > 0 {
					p.buf.writeString(commaSpaceString)
				}
				p.fmt0x64(uint64(c), true)
			}
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte('[')
			for i, c := range v {
				if i > 0 {
					p.buf.writeByte(' ')
				}
				p.fmt.fmtInteger(uint64(c), 10, fmtUnsigned, verb, ldigits)
			}
			p.buf.writeByte(']')
		}
	case 's':
		p.fmt.fmtBs(v)
	case 'x':
		p.fmt.fmtBx(v, ldigits)
	case 'X':
		p.fmt.fmtBx(v, udigits)
	case 'q':
		p.fmt.fmtQ(string(v))
	default:
		p.printValue(op, verb, 0)
	}
}

func (p *pp) fmtPointer(value fmtArg, verb rune) {
	var u uint64
	switch value.t.Kind {
	case KChan, KFunc, KMap, KPointer, KSlice, KUnsafePointer:
		u = p.pointer(value)
	default:
		p.badVerb(verb)
		return
	}

	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.buf.writeByte('(')
			p.buf.writeString(rtypeString(value.t))
			p.buf.writeString(")(")
			if u == 0 {
				p.buf.writeString(nilWordString)
			} else {
				p.fmt0x64(u, true)
			}
			p.buf.writeByte(')')
		} else {
			if u == 0 {
				p.fmt.padString(nilAngleString)
			} else {
				p.fmt0x64(u, !p.fmt.sharp)
			}
		}
	case 'p':
		p.fmt0x64(u, !p.fmt.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(u, fmtUnsigned, verb)
	default:
		p.badVerb(verb)
	}
}

// catchPanic reports a panic raised by method of arg: the part of Go's
// catchPanic that runs after recover.
func (p *pp) catchPanic(arg fmtArg, verb rune, method string, err *Iface) {
	// If it's a nil pointer, just say "<nil>". The likeliest causes are a
	// Stringer that fails to guard against nil or a nil pointer for a
	// value receiver, and in either case, "<nil>" is a nice result.
	if arg.t != nil && arg.t.Kind == KPointer && isNilRef(arg.v.R) {
		p.buf.writeString(nilAngleString)
		return
	}
	// Otherwise print a concise panic message. Most of the time the panic
	// value will print itself nicely.
	if p.panicking {
		// Nested panics; the recursion in printArg cannot succeed.
		p.repanic = err
		p.stop = true
		return
	}

	oldFlags := p.fmt.fmtFlags
	// For this output we want default behavior.
	p.fmt.clearflags()

	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(panicEqString)
	p.buf.writeString(method)
	p.buf.writeString(" method: ")
	p.panicking = true
	p.printArg(fmtArg{v: err.V, t: err.T}, 'v')
	p.panicking = false
	p.buf.writeByte(')')

	p.fmt.fmtFlags = oldFlags
}

// callStringMethod calls method (Error, String or GoString) on arg. It
// reports whether the call happened; if it returned, ok is true and s is
// its result, and if it panicked the panic has been reported.
func (p *pp) callStringMethod(arg fmtArg, verb rune, method string) (s string, ok, called bool) {
	if p.call == nil {
		return "", false, false
	}
	res, err, found := p.call(arg.v, arg.t, method)
	if !found {
		return "", false, false
	}
	if p.m != nil && p.m.done {
		p.stop = true
		return "", false, true
	}
	if err != nil {
		p.catchPanic(arg, verb, method, err)
		return "", false, true
	}
	return res.Str(), true, true
}

func (p *pp) hasMethod(t *Type, name string, iface *types.Interface) bool {
	return t != nil && t.Method(name) != nil && typeImplements(t, iface)
}

func (p *pp) handleMethods(verb rune) (handled bool) {
	if p.erroring {
		return
	}
	if p.stop {
		return true
	}
	if verb == 'w' {
		// It is invalid to use %w other than with Errorf or with a non-error arg.
		if !typeImplements(p.arg.t, fmtErrorIface) || !p.wrapErrs {
			p.badVerb(verb)
			return true
		}
		verb = 'v'
	}

	// fmt.Formatter is not supported: the std stub has no fmt.State.

	arg := p.arg
	// If we're doing Go syntax and the argument knows how to supply it, take care of it now.
	if p.fmt.sharpV {
		if p.hasMethod(arg.t, "GoString", fmtGoStringerIface) {
			if s, ok, called := p.callStringMethod(arg, verb, "GoString"); called {
				if ok {
					// Print the result of GoString unadorned.
					p.fmt.fmtS(s)
				}
				return true
			}
		}
		return false
	}
	// If a string is acceptable according to the format, see if
	// the value satisfies one of the string-valued interfaces.
	// Println etc. set verb to %v, which is "stringable".
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		// Is it an error or Stringer?
		method := ""
		switch {
		case p.hasMethod(arg.t, "Error", fmtErrorIface):
			method = "Error"
		case p.hasMethod(arg.t, "String", fmtStringerIface):
			method = "String"
		default:
			return false
		}
		if s, ok, called := p.callStringMethod(arg, verb, method); called {
			if ok {
				p.fmtString(s, verb)
			}
			return true
		}
	}
	return false
}

// reflectValueArg unpacks a reflect.Value (runner/vm/reflect.go: its
// type, its cell and its flags) into the value it holds.
func reflectValueArg(arg fmtArg) (fmtArg, bool) {
	if arg.t.Name != "reflect.Value" || arg.t.Kind != KStruct {
		return fmtArg{}, false
	}
	f := arg.v.Elems()
	t, _ := f[0].R.(*Type)
	p, _ := f[1].R.(*Value)
	if t == nil || p == nil {
		return fmtArg{}, true
	}
	const flagRO = 3   // reflect's flagStickyRO | flagEmbedRO
	if f[2].N&8 != 0 { // flagMethod: a method value prints as a func
		return fmtArg{v: Value{R: &Closure{}}, t: t, ro: f[2].N&flagRO != 0}, true
	}
	return fmtArg{v: *p, t: t, ro: f[2].N&flagRO != 0}, true
}

// isByteSliceType reports whether t is exactly []byte, which printArg
// formats without reflection.
func isByteSliceType(t *Type) bool {
	s, ok := types.Unalias(t.T).(*types.Slice)
	if !ok {
		return false
	}
	b, ok := types.Unalias(s.Elem()).(*types.Basic)
	return ok && b.Kind() == types.Uint8
}

// fmtBytesOf returns the bytes of a slice or array of a uint8 kind; nil for a
// nil slice.
func fmtBytesOf(v Value) []byte {
	elems := v.Elems()
	if elems == nil {
		return nil
	}
	b := make([]byte, len(elems))
	for i, e := range elems {
		b[i] = byte(e.N)
	}
	return b
}

func (p *pp) printArg(arg fmtArg, verb rune) {
	p.arg = arg
	p.value = fmtArg{}

	if arg.t == nil {
		switch verb {
		case 'T', 'v':
			p.fmt.padString(nilAngleString)
		default:
			p.badVerb(verb)
		}
		return
	}

	// Special processing considerations.
	// %T (the value's type) and %p (its address) are special; we always do them first.
	switch verb {
	case 'T':
		p.fmt.fmtS(rtypeString(arg.t))
		return
	case 'p':
		p.fmtPointer(arg, 'p')
		return
	}

	// A reflect.Value operand stands for the value it holds.
	if rv, ok := reflectValueArg(arg); ok {
		if rv.t != nil && !rv.ro {
			p.arg = rv.dynamic()
			if p.handleMethods(verb) {
				return
			}
		}
		p.printValue(rv, verb, 0)
		return
	}

	// Go formats the predeclared types without looking for methods; they
	// have none, so going through handleMethods and printValue prints the
	// same. Only []byte is special.
	if arg.t.Kind == KSlice && isByteSliceType(arg.t) {
		p.fmtBytes(fmtBytesOf(arg.v), verb, "[]byte", arg)
		return
	}
	// If the type is not simple, it might have methods.
	if !p.handleMethods(verb) {
		p.printValue(arg, verb, 0)
	}
}

// printValue is similar to printArg but starts with a reflect value, not an interface{} value.
// It does not handle 'p' and 'T' verbs because these should have been already handled by printArg.
func (p *pp) printValue(value fmtArg, verb rune, depth int) {
	// Handle values with special methods if not already handled by printArg (depth == 0).
	if depth > 0 && value.t != nil && !value.ro {
		p.arg = value.dynamic()
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = fmtArg{}
	p.value = value

	if value.t == nil {
		if depth == 0 {
			p.buf.writeString(invReflectString)
		} else {
			switch verb {
			case 'v':
				p.buf.writeString(nilAngleString)
			default:
				p.badVerb(verb)
			}
		}
		return
	}

	f, t := value.v, value.t
	switch t.Kind {
	case KBool:
		p.fmtBool(f.Bool(), verb)
	case KInt, KInt8, KInt16, KInt32, KInt64:
		p.fmtInteger(f.N, fmtSigned, verb)
	case KUint, KUint8, KUint16, KUint32, KUint64, KUintptr:
		p.fmtInteger(f.N, fmtUnsigned, verb)
	case KFloat32:
		p.fmtFloat(f.Float(), 32, verb)
	case KFloat64:
		p.fmtFloat(f.Float(), 64, verb)
	case KComplex64:
		p.fmtComplex(fmtComplexOf(f), 64, verb)
	case KComplex128:
		p.fmtComplex(fmtComplexOf(f), 128, verb)
	case KString:
		p.fmtString(f.Str(), verb)
	case KMap:
		mp, _ := f.R.(*Map)
		if p.fmt.sharpV {
			p.buf.writeString(rtypeString(t))
			if mp == nil {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
		} else {
			p.buf.writeString(mapOpenString)
		}
		keys, vals := p.sortedMap(mp, t)
		for i := range keys {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf.writeString(commaSpaceString)
				} else {
					p.buf.writeByte(' ')
				}
			}
			p.printValue(fmtArg{v: keys[i], t: t.Key, ro: value.ro}, verb, depth+1)
			p.buf.writeByte(':')
			p.printValue(fmtArg{v: vals[i], t: t.Elem, ro: value.ro}, verb, depth+1)
		}
		if p.fmt.sharpV {
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte(']')
		}
	case KStruct:
		if p.fmt.sharpV {
			p.buf.writeString(rtypeString(t))
		}
		st, _ := t.T.Underlying().(*types.Struct)
		p.buf.writeByte('{')
		for i := range t.Fields {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf.writeString(commaSpaceString)
				} else {
					p.buf.writeByte(' ')
				}
			}
			exported := true
			if st != nil && i < st.NumFields() {
				fld := st.Field(i)
				exported = fld.Exported()
				if p.fmt.plusV || p.fmt.sharpV {
					if name := fld.Name(); name != "" {
						p.buf.writeString(name)
						p.buf.writeByte(':')
					}
				}
			}
			p.printValue(fmtField(value, i, exported), verb, depth+1)
		}
		p.buf.writeByte('}')
	case KInterface:
		elem := value.dynamic()
		if elem.t == nil {
			if p.fmt.sharpV {
				p.buf.writeString(rtypeString(t))
				p.buf.writeString(nilParenString)
			} else {
				p.buf.writeString(nilAngleString)
			}
		} else {
			p.printValue(elem, verb, depth+1)
		}
	case KArray, KSlice:
		switch verb {
		case 's', 'q', 'x', 'X':
			// Handle byte and uint8 slices and arrays special for the above verbs.
			if t.Elem.Kind == KUint8 {
				b := fmtBytesOf(f)
				if b == nil && t.Kind == KArray {
					b = make([]byte, t.Len)
				}
				p.fmtBytes(b, verb, rtypeString(t), value)
				return
			}
		}
		n := len(f.Elems())
		if t.Kind == KArray {
			n = int(t.Len)
		}
		if p.fmt.sharpV {
			p.buf.writeString(rtypeString(t))
			if t.Kind == KSlice && f.R == nil {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
			for i := range n {
				if i > 0 {
					p.buf.writeString(commaSpaceString)
				}
				p.printValue(fmtIndex(value, i), verb, depth+1)
			}
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte('[')
			for i := range n {
				if i > 0 {
					p.buf.writeByte(' ')
				}
				p.printValue(fmtIndex(value, i), verb, depth+1)
			}
			p.buf.writeByte(']')
		}
	case KPointer:
		// pointer to array or slice or struct? ok at top level
		// but not embedded (avoid loops)
		if depth == 0 && f.Ptr() != nil {
			switch t.Elem.Kind {
			case KArray, KSlice, KStruct, KMap:
				p.buf.writeByte('&')
				p.printValue(fmtArg{v: *f.Ptr(), t: t.Elem, ro: value.ro}, verb, depth+1)
				return
			}
		}
		p.fmtPointer(value, verb)
	case KChan, KFunc, KUnsafePointer:
		p.fmtPointer(value, verb)
	default:
		p.unknownType(value)
	}
}

// fmtField gets the i'th field of the struct value.
// If the field itself is a non-nil interface, return a value for
// the thing inside the interface, not the interface itself.
func fmtField(v fmtArg, i int, exported bool) fmtArg {
	ft := v.t.Fields[i]
	op := fmtArg{t: ft, ro: v.ro || !exported}
	if elems := v.v.Elems(); i < len(elems) {
		op.v = elems[i]
	} else {
		op.v = ft.Zero()
	}
	if ft.Kind == KInterface && op.v.Iface() != nil {
		op = op.dynamic()
	}
	return op
}

// index gets the i'th element of an array or slice value.
func fmtIndex(v fmtArg, i int) fmtArg {
	op := fmtArg{t: v.t.Elem, ro: v.ro}
	if elems := v.v.Elems(); i < len(elems) {
		op.v = elems[i]
	} else {
		op.v = v.t.Elem.Zero()
	}
	return op
}

func fmtComplexOf(v Value) complex128 {
	switch c := v.R.(type) {
	case complex128:
		return c
	case complex64:
		return complex128(c)
	}
	return 0
}

// fmtIntFromArg gets the argNumth element of a. On return, isInt reports whether the argument has integer type.
func fmtIntFromArg(a []Value, argNum int) (num int, isInt bool, newArgNum int) {
	newArgNum = argNum
	if argNum < len(a) {
		if op := ifaceOperand(a[argNum]); op.t != nil {
			switch {
			case op.t.Signed():
				num, isInt = int(int64(op.v.N)), true
			case op.t.Unsigned():
				n := op.v.N
				if int64(n) >= 0 {
					num, isInt = int(n), true
				}
			}
		}
		newArgNum = argNum + 1
		if fmtTooLarge(num) {
			num = 0
			isInt = false
		}
	}
	return
}

// fmtParseArgNumber returns the value of the bracketed number, minus 1
// (explicit argument numbers are one-indexed but we want zero-indexed).
// The opening bracket is known to be present at format[0].
// The returned values are the index, the number of bytes to consume
// up to the closing paren, if present, and whether the number parsed
// ok. The bytes to consume will be 1 if no closing paren is present.
func fmtParseArgNumber(format string) (index int, wid int, ok bool) {
	// There must be at least 3 bytes: [n].
	if len(format) < 3 {
		return 0, 1, false
	}

	// Find closing bracket.
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			width, ok, newi := fmtParsenum(format, 1, i)
			if !ok || newi != i {
				return 0, i + 1, false
			}
			return width - 1, i + 1, true // arg numbers are one-indexed and skip paren.
		}
	}
	return 0, 1, false
}

// argNumber returns the next argument to evaluate, which is either the value of the passed-in
// argNum or the value of the bracketed integer that begins format[i:]. It also returns
// the new value of i, that is, the index of the next byte of the format to process.
func (p *pp) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, wid, ok := fmtParseArgNumber(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

func (p *pp) badArgNum(verb rune) {
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(badIndexString)
}

func (p *pp) missingArg(verb rune) {
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(missingString)
}

// doPrintf formats a, a slice of interface values, according to format.
func (p *pp) doPrintf(format string, a []Value) {
	end := len(format)
	argNum := 0         // we process one argument per non-trivial format
	afterIndex := false // previous item in format was an index like [3].
	p.reordered = false
formatLoop:
	for i := 0; i < end; {
		p.goodArgNum = true
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			p.buf.writeString(format[lasti:i])
		}
		if i >= end {
			// done processing format string
			break
		}

		// Process one verb
		i++

		// Do we have flags?
		p.fmt.clearflags()
	simpleFormat:
		for ; i < end; i++ {
			c := format[i]
			switch c {
			case '#':
				p.fmt.sharp = true
			case '0':
				p.fmt.zero = true
			case '+':
				p.fmt.plus = true
			case '-':
				p.fmt.minus = true
			case ' ':
				p.fmt.space = true
			default:
				// Fast path for common case of ascii lower case simple verbs
				// without precision or width or argument indices.
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					switch c {
					case 'w':
						p.wrappedErrs = append(p.wrappedErrs, argNum)
						fallthrough
					case 'v':
						// Go syntax
						p.fmt.sharpV = p.fmt.sharp
						p.fmt.sharp = false
						// Struct-field syntax
						p.fmt.plusV = p.fmt.plus
						p.fmt.plus = false
					}
					p.printArg(ifaceOperand(a[argNum]), rune(c))
					argNum++
					i++
					continue formatLoop
				}
				// Format is more complex than simple flags and a verb or is malformed.
				break simpleFormat
			}
		}

		// Do we have an explicit argument index?
		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))

		// Do we have width?
		if i < end && format[i] == '*' {
			i++
			p.fmt.wid, p.fmt.widPresent, argNum = fmtIntFromArg(a, argNum)

			if !p.fmt.widPresent {
				p.buf.writeString(badWidthString)
			}

			// We have a negative width, so take its value and ensure
			// that the minus flag is set
			if p.fmt.wid < 0 {
				p.fmt.wid = -p.fmt.wid
				p.fmt.minus = true
				p.fmt.zero = false // Do not pad with zeros to the right.
			}
			afterIndex = false
		} else {
			p.fmt.wid, p.fmt.widPresent, i = fmtParsenum(format, i, end)
			if afterIndex && p.fmt.widPresent { // "%[3]2d"
				p.goodArgNum = false
			}
		}

		// Do we have precision?
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex { // "%[3].2d"
				p.goodArgNum = false
			}
			argNum, i, _ = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.fmt.prec, p.fmt.precPresent, argNum = fmtIntFromArg(a, argNum)
				// Negative precision arguments don't make sense
				if p.fmt.prec < 0 {
					p.fmt.prec = 0
					p.fmt.precPresent = false
				}
				if !p.fmt.precPresent {
					p.buf.writeString(badPrecString)
				}
				afterIndex = false
			} else {
				p.fmt.prec, p.fmt.precPresent, i = fmtParsenum(format, i, end)
				if !p.fmt.precPresent {
					p.fmt.prec = 0
					p.fmt.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, _ = p.argNumber(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf.writeString(noVerbString)
			break
		}

		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size

		switch {
		case verb == '%': // Percent does not absorb operands and ignores f.wid and f.prec.
			p.buf.writeByte('%')
		case !p.goodArgNum:
			p.badArgNum(verb)
		case argNum >= len(a): // No argument left over to print for the current verb.
			p.missingArg(verb)
		case verb == 'w':
			p.wrappedErrs = append(p.wrappedErrs, argNum)
			fallthrough
		case verb == 'v':
			// Go syntax
			p.fmt.sharpV = p.fmt.sharp
			p.fmt.sharp = false
			// Struct-field syntax
			p.fmt.plusV = p.fmt.plus
			p.fmt.plus = false
			fallthrough
		default:
			p.printArg(ifaceOperand(a[argNum]), verb)
			argNum++
		}
	}

	// Check for extra arguments unless the call accessed the arguments
	// out of order, in which case it's too expensive to detect if they've all
	// been used and arguably OK if they're not.
	if !p.reordered && argNum < len(a) {
		p.fmt.clearflags()
		p.buf.writeString(extraString)
		for i, arg := range a[argNum:] {
			if i > 0 {
				p.buf.writeString(commaSpaceString)
			}
			op := ifaceOperand(arg)
			if op.t == nil {
				p.buf.writeString(nilAngleString)
			} else {
				p.buf.writeString(rtypeString(op.t))
				p.buf.writeByte('=')
				p.printArg(op, 'v')
			}
		}
		p.buf.writeByte(')')
	}
}

func (p *pp) doPrint(a []Value) {
	prevString := false
	for argNum, arg := range a {
		op := ifaceOperand(arg)
		isString := op.t != nil && op.t.Kind == KString
		// Add a space between two non-string arguments.
		if argNum > 0 && !isString && !prevString {
			p.buf.writeByte(' ')
		}
		p.printArg(op, 'v')
		prevString = isString
	}
}

// doPrintln is like doPrint but always adds a space between arguments
// and a newline after the last argument.
func (p *pp) doPrintln(a []Value) {
	for argNum, arg := range a {
		if argNum > 0 {
			p.buf.writeByte(' ')
		}
		p.printArg(ifaceOperand(arg), 'v')
	}
	p.buf.writeByte('\n')
}

// ---------------------------------------------------------------------------
// Addresses.

// fakeAddrBase is where fake addresses start: 0xc000010000 + 8*objID looks
// like a Go heap address and is stable within a run.
const fakeAddrBase = 0xc000010000

// zerobaseAddr stands for runtime.zerobase, where empty slices point.
const zerobaseAddr = 0x5a8f00

// pointer returns the fake address of a chan, func, map, pointer, slice or
// unsafe.Pointer value; 0 for nil.
func (p *pp) pointer(op fmtArg) uint64 {
	r := op.v.R
	switch op.t.Kind {
	case KSlice:
		elems := op.v.Elems()
		if elems == nil {
			return 0
		}
		if cap(elems) == 0 {
			return zerobaseAddr
		}
		return p.addr(&elems[:1][0])
	case KFunc:
		// A func value's address is its code's: every closure of one
		// function literal prints the same.
		if c, ok := r.(*Closure); ok && c != nil && c.Fn != nil {
			return p.addr(c.Fn)
		}
	}
	if isNilRef(r) {
		return 0
	}
	return p.addr(r)
}

// addr returns the fake address of the object o.
func (p *pp) addr(o any) uint64 {
	if !reflect.TypeOf(o).Comparable() {
		return fakeAddrBase
	}
	var id int
	if p.m != nil {
		id = p.m.objID(o)
	} else {
		if p.addrs == nil {
			p.addrs = map[any]int{}
		}
		if id = p.addrs[o]; id == 0 {
			id = len(p.addrs) + 1
			p.addrs[o] = id
		}
	}
	return fakeAddrBase + 8*uint64(id)
}

// isNilRef reports whether r, the R of a reference value, is nil.
func isNilRef(r any) bool {
	if r == nil {
		return true
	}
	switch x := r.(type) {
	case *Value:
		return x == nil
	case *Map:
		return x == nil
	case *Closure:
		return x == nil
	}
	v := reflect.ValueOf(r)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.Interface, reflect.UnsafePointer:
		return v.IsNil()
	}
	return false
}

// ---------------------------------------------------------------------------
// Map order: a port of internal/fmtsort.

// sortedMap returns mp's entries with the keys in fmt's order.
func (p *pp) sortedMap(mp *Map, t *Type) (keys, vals []Value) {
	k, v := mp.Entries()
	idx := make([]int, len(k))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int { return p.compareKeys(k[i], k[j], t.Key) })
	keys, vals = make([]Value, len(k)), make([]Value, len(k))
	for i, j := range idx {
		keys[i], vals[i] = k[j], v[j]
	}
	return keys, vals
}

// compareKeys compares two map keys of type t. It returns -1, 0, 1
// according to whether a < b, a == b, or a > b:
//
//   - when applicable, nil compares low
//   - ints, floats, and strings order by <
//   - NaN compares less than non-NaN floats
//   - bool compares false before true
//   - complex compares real, then imag
//   - pointers and channels compare by (fake) address
//   - structs compare each field in turn
//   - arrays compare each element in turn
//   - interface values compare first by the name of the dynamic type
//     and then by dynamic value as described in the previous rules.
func (p *pp) compareKeys(a, b Value, t *Type) int {
	switch t.Kind {
	case KInt, KInt8, KInt16, KInt32, KInt64:
		return cmp.Compare(int64(a.N), int64(b.N))
	case KUint, KUint8, KUint16, KUint32, KUint64, KUintptr:
		return cmp.Compare(a.N, b.N)
	case KString:
		return cmp.Compare(a.Str(), b.Str())
	case KFloat32, KFloat64:
		return cmp.Compare(a.Float(), b.Float())
	case KComplex64, KComplex128:
		ac, bc := fmtComplexOf(a), fmtComplexOf(b)
		if c := cmp.Compare(real(ac), real(bc)); c != 0 {
			return c
		}
		return cmp.Compare(imag(ac), imag(bc))
	case KBool:
		switch ab, bb := a.Bool(), b.Bool(); {
		case ab == bb:
			return 0
		case ab:
			return 1
		default:
			return -1
		}
	case KPointer, KUnsafePointer, KChan:
		return cmp.Compare(p.pointer(fmtArg{v: a, t: t}), p.pointer(fmtArg{v: b, t: t}))
	case KStruct:
		ae, be := a.Elems(), b.Elems()
		for i, ft := range t.Fields {
			if i >= len(ae) || i >= len(be) {
				break
			}
			if c := p.compareKeys(ae[i], be[i], ft); c != 0 {
				return c
			}
		}
		return 0
	case KArray:
		ae, be := a.Elems(), b.Elems()
		for i := 0; i < len(ae) && i < len(be); i++ {
			if c := p.compareKeys(ae[i], be[i], t.Elem); c != 0 {
				return c
			}
		}
		return 0
	case KInterface:
		ai, bi := a.Iface(), b.Iface()
		switch {
		case ai == nil && bi == nil:
			return 0
		case ai == nil:
			return -1
		case bi == nil:
			return 1
		}
		if ai.T != bi.T {
			if c := cmp.Compare(rtypeString(ai.T), rtypeString(bi.T)); c != 0 {
				return c
			}
			return cmp.Compare(p.addr(ai.T), p.addr(bi.T))
		}
		return p.compareKeys(ai.V, bi.V, ai.T)
	}
	return 0
}

// ---------------------------------------------------------------------------
// Type names as reflect prints them.

// typeString is t as reflect.Type.String prints it, for %T, %#v and the
// type in %!verb(type=value).
func rtypeString(t *Type) string {
	if t.T == nil {
		return t.Name
	}
	return runtimeTypeString(t.T)
}

// runtimeTypeString renders t the way the Go runtime and reflect do:
// package names (not paths) qualify named types, except inside type
// arguments, which use full paths; byte and rune are uint8 and int32;
// any is interface {}; struct and interface types are spaced out:
//
//	[]interface {}  struct { A int; b string "tag" }  interface { M() }
//	main.Pair[string,encoding/json.Number]  chan (<-chan int)
func runtimeTypeString(t types.Type) string {
	var b strings.Builder
	writeRuntimeType(&b, t, false)
	return b.String()
}

func writeRuntimeType(b *strings.Builder, t types.Type, pathQualified bool) {
	switch t := t.(type) {
	case *types.Alias:
		writeRuntimeType(b, types.Unalias(t), pathQualified)
	case *types.Basic:
		if t.Kind() == types.UnsafePointer {
			b.WriteString("unsafe.Pointer")
		} else {
			b.WriteString(types.Typ[t.Kind()].Name())
		}
	case *types.Named:
		obj := t.Obj()
		if pkg := obj.Pkg(); pkg != nil {
			if pathQualified {
				b.WriteString(pkg.Path())
			} else {
				b.WriteString(pkg.Name())
			}
			b.WriteByte('.')
		}
		b.WriteString(obj.Name())
		if args := t.TypeArgs(); args.Len() > 0 {
			b.WriteByte('[')
			for i := 0; i < args.Len(); i++ {
				if i > 0 {
					b.WriteByte(',')
				}
				writeRuntimeType(b, args.At(i), true)
			}
			b.WriteByte(']')
		}
	case *types.Pointer:
		b.WriteByte('*')
		writeRuntimeType(b, t.Elem(), pathQualified)
	case *types.Slice:
		b.WriteString("[]")
		writeRuntimeType(b, t.Elem(), pathQualified)
	case *types.Array:
		b.WriteByte('[')
		b.WriteString(strconv.FormatInt(t.Len(), 10))
		b.WriteByte(']')
		writeRuntimeType(b, t.Elem(), pathQualified)
	case *types.Map:
		b.WriteString("map[")
		writeRuntimeType(b, t.Key(), pathQualified)
		b.WriteByte(']')
		writeRuntimeType(b, t.Elem(), pathQualified)
	case *types.Chan:
		switch t.Dir() {
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		default:
			b.WriteString("chan ")
		}
		if c, ok := types.Unalias(t.Elem()).(*types.Chan); ok && t.Dir() == types.SendRecv && c.Dir() == types.RecvOnly {
			b.WriteByte('(')
			writeRuntimeType(b, t.Elem(), pathQualified)
			b.WriteByte(')')
		} else {
			writeRuntimeType(b, t.Elem(), pathQualified)
		}
	case *types.Signature:
		b.WriteString("func")
		writeRuntimeSig(b, t, pathQualified)
	case *types.Struct:
		if t.NumFields() == 0 {
			b.WriteString("struct {}")
			return
		}
		b.WriteString("struct { ")
		for i := 0; i < t.NumFields(); i++ {
			if i > 0 {
				b.WriteString("; ")
			}
			f := t.Field(i)
			if !f.Embedded() {
				b.WriteString(f.Name())
				b.WriteByte(' ')
			}
			writeRuntimeType(b, f.Type(), pathQualified)
			if tag := t.Tag(i); tag != "" {
				b.WriteByte(' ')
				b.WriteString(strconv.Quote(tag))
			}
		}
		b.WriteString(" }")
	case *types.Interface:
		if t.NumMethods() == 0 {
			b.WriteString("interface {}")
			return
		}
		b.WriteString("interface { ")
		for i := 0; i < t.NumMethods(); i++ {
			if i > 0 {
				b.WriteString("; ")
			}
			m := t.Method(i)
			b.WriteString(m.Name())
			writeRuntimeSig(b, m.Type().(*types.Signature), pathQualified)
		}
		b.WriteString(" }")
	case *types.Tuple:
		b.WriteByte('(')
		writeRuntimeTuple(b, t, false, pathQualified)
		b.WriteByte(')')
	case *types.TypeParam:
		b.WriteString(t.Obj().Name())
	default:
		b.WriteString(types.TypeString(t, func(p *types.Package) string { return p.Name() }))
	}
}

func writeRuntimeSig(b *strings.Builder, sig *types.Signature, pathQualified bool) {
	b.WriteByte('(')
	writeRuntimeTuple(b, sig.Params(), sig.Variadic(), pathQualified)
	b.WriteByte(')')
	switch res := sig.Results(); res.Len() {
	case 0:
	case 1:
		b.WriteByte(' ')
		writeRuntimeType(b, res.At(0).Type(), pathQualified)
	default:
		b.WriteString(" (")
		writeRuntimeTuple(b, res, false, pathQualified)
		b.WriteByte(')')
	}
}

func writeRuntimeTuple(b *strings.Builder, tup *types.Tuple, variadic, pathQualified bool) {
	for i := 0; i < tup.Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		t := tup.At(i).Type()
		if variadic && i == tup.Len()-1 {
			if s, ok := t.(*types.Slice); ok {
				b.WriteString("...")
				t = s.Elem()
			}
		}
		writeRuntimeType(b, t, pathQualified)
	}
}
