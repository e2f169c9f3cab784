package vm

// The standard library's intrinsics: the bodiless functions that
// runner/std/_overlay declares for strings, bytes, math, math/rand,
// math/rand/v2, unicode and unicode/utf8, and the assembly functions of Go's
// internal/bytealg. Each calls the host's implementation of the same
// function, so results are Go's own; none of them can panic the host.
//
// Every entry is one line: the SSA name of the function and an adapter that
// converts the VM's Values to host types and back (see value.go). Adapter
// names spell the signature: s string, i int, u uint64, b bool, f float64,
// r rune, y byte, z []byte, l []string; the letters before the underscore
// are the parameters, those after it the results.

import (
	"bytes"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

func init() {
	for name, fn := range stdlibIntrinsics {
		// The host reads slice arguments' elements: shared memory, as
		// for Go's own code (raceSliceArgs).
		register(name, fn).argsRead = true
	}
}

var stdlibIntrinsics = map[string]func(c *Ctx, args []Value) Value{
	// strings
	"strings.Compare":       ss_i(strings.Compare),
	"strings.Contains":      ss_b(strings.Contains),
	"strings.ContainsAny":   ss_b(strings.ContainsAny),
	"strings.ContainsRune":  sr_b(strings.ContainsRune),
	"strings.Count":         ss_i(strings.Count),
	"strings.EqualFold":     ss_b(strings.EqualFold),
	"strings.Fields":        s_l(strings.Fields),
	"strings.HasPrefix":     ss_b(strings.HasPrefix),
	"strings.HasSuffix":     ss_b(strings.HasSuffix),
	"strings.Index":         ss_i(strings.Index),
	"strings.IndexAny":      ss_i(strings.IndexAny),
	"strings.IndexByte":     sy_i(strings.IndexByte),
	"strings.IndexRune":     sr_i(strings.IndexRune),
	"strings.joinFast":      joinFast,
	"strings.LastIndex":     ss_i(strings.LastIndex),
	"strings.LastIndexAny":  ss_i(strings.LastIndexAny),
	"strings.LastIndexByte": sy_i(strings.LastIndexByte),
	"strings.Replace":       sssi_s(strings.Replace),
	"strings.ReplaceAll":    sss_s(strings.ReplaceAll),
	"strings.Split":         ss_l(strings.Split),
	"strings.SplitAfter":    ss_l(strings.SplitAfter),
	"strings.SplitAfterN":   ssi_l(strings.SplitAfterN),
	"strings.SplitN":        ssi_l(strings.SplitN),
	"strings.Title":         s_s(strings.Title), //lint:ignore SA1019 Go's own Title, deprecated but supported
	"strings.ToLower":       s_s(strings.ToLower),
	"strings.ToTitle":       s_s(strings.ToTitle),
	"strings.ToUpper":       s_s(strings.ToUpper),
	"strings.ToValidUTF8":   ss_s(strings.ToValidUTF8),
	"strings.Trim":          ss_s(strings.Trim),
	"strings.TrimLeft":      ss_s(strings.TrimLeft),
	"strings.TrimPrefix":    ss_s(strings.TrimPrefix),
	"strings.TrimRight":     ss_s(strings.TrimRight),
	"strings.TrimSpace":     s_s(strings.TrimSpace),
	"strings.TrimSuffix":    ss_s(strings.TrimSuffix),
	"strings.bufString":     stringsBufString,

	// bytes: the searches; everything returning slices is Go code. The
	// searches Go writes in Go, reading a byte at a time, are fast paths
	// that decline at a visible range site (declining).
	"bytes.Compare":           zz_i(bytes.Compare),
	"bytes.countFast":         declining(zz_i(bytes.Count)),
	"bytes.equalFoldFast":     declining(zz_b(bytes.EqualFold)),
	"bytes.indexFast":         declining(zz_i(bytes.Index)),
	"bytes.indexAnyFast":      declining(zs_i(bytes.IndexAny)),
	"bytes.IndexByte":         zy_i(bytes.IndexByte),
	"bytes.indexRuneFast":     declining(zr_i(bytes.IndexRune)),
	"bytes.lastIndexFast":     declining(zz_i(bytes.LastIndex)),
	"bytes.lastIndexAnyFast":  declining(zs_i(bytes.LastIndexAny)),
	"bytes.lastIndexByteFast": declining(zy_i(bytes.LastIndexByte)),

	// math/rand, math/rand/v2: the top-level functions' generators (stdlib_rand.go)
	"math/rand.rngStep":    rngStep,
	"math/rand/v2.pcgStep": pcgStep,

	// math
	"math.Abs":             f_f(math.Abs),
	"math.Acos":            f_f(math.Acos),
	"math.Acosh":           f_f(math.Acosh),
	"math.Asin":            f_f(math.Asin),
	"math.Asinh":           f_f(math.Asinh),
	"math.Atan":            f_f(math.Atan),
	"math.Atan2":           ff_f(math.Atan2),
	"math.Atanh":           f_f(math.Atanh),
	"math.Cbrt":            f_f(math.Cbrt),
	"math.Ceil":            f_f(math.Ceil),
	"math.Copysign":        ff_f(math.Copysign),
	"math.Cos":             f_f(math.Cos),
	"math.Cosh":            f_f(math.Cosh),
	"math.Dim":             ff_f(math.Dim),
	"math.Erf":             f_f(math.Erf),
	"math.Erfc":            f_f(math.Erfc),
	"math.Erfcinv":         f_f(math.Erfcinv),
	"math.Erfinv":          f_f(math.Erfinv),
	"math.Exp":             f_f(math.Exp),
	"math.Exp2":            f_f(math.Exp2),
	"math.Expm1":           f_f(math.Expm1),
	"math.FMA":             fff_f(math.FMA),
	"math.Float32bits":     func(c *Ctx, a []Value) Value { return Value{N: uint64(math.Float32bits(float32(a[0].Float())))} },
	"math.Float32frombits": func(c *Ctx, a []Value) Value { return floatVal(float64(math.Float32frombits(uint32(a[0].N)))) },
	"math.Float64bits":     func(c *Ctx, a []Value) Value { return Value{N: math.Float64bits(a[0].Float())} },
	"math.Float64frombits": func(c *Ctx, a []Value) Value { return floatVal(math.Float64frombits(a[0].N)) },
	"math.Floor":           f_f(math.Floor),
	"math.Frexp":           f_fi(math.Frexp),
	"math.Gamma":           f_f(math.Gamma),
	"math.Hypot":           ff_f(math.Hypot),
	"math.Ilogb":           f_i(math.Ilogb),
	"math.Inf":             i_f(math.Inf),
	"math.IsInf":           fi_b(math.IsInf),
	"math.IsNaN":           f_b(math.IsNaN),
	"math.J0":              f_f(math.J0),
	"math.J1":              f_f(math.J1),
	"math.Jn":              if_f(math.Jn),
	"math.Ldexp":           fi_f(math.Ldexp),
	"math.Lgamma":          f_fi(math.Lgamma),
	"math.Log":             f_f(math.Log),
	"math.Log10":           f_f(math.Log10),
	"math.Log1p":           f_f(math.Log1p),
	"math.Log2":            f_f(math.Log2),
	"math.Logb":            f_f(math.Logb),
	"math.Max":             ff_f(math.Max),
	"math.Min":             ff_f(math.Min),
	"math.Mod":             ff_f(math.Mod),
	"math.Modf":            f_ff(math.Modf),
	"math.NaN":             func(c *Ctx, a []Value) Value { return floatVal(math.NaN()) },
	"math.Nextafter":       ff_f(math.Nextafter),
	"math.Nextafter32": func(c *Ctx, a []Value) Value {
		return floatVal(float64(math.Nextafter32(float32(a[0].Float()), float32(a[1].Float()))))
	},
	"math.Pow":         ff_f(math.Pow),
	"math.Pow10":       i_f(math.Pow10),
	"math.Remainder":   ff_f(math.Remainder),
	"math.Round":       f_f(math.Round),
	"math.RoundToEven": f_f(math.RoundToEven),
	"math.Signbit":     f_b(math.Signbit),
	"math.Sin":         f_f(math.Sin),
	"math.Sincos":      f_ff(math.Sincos),
	"math.Sinh":        f_f(math.Sinh),
	"math.Sqrt":        f_f(math.Sqrt),
	"math.Tan":         f_f(math.Tan),
	"math.Tanh":        f_f(math.Tanh),
	"math.Trunc":       f_f(math.Trunc),
	"math.Y0":          f_f(math.Y0),
	"math.Y1":          f_f(math.Y1),
	"math.Yn":          if_f(math.Yn),

	// unicode
	"unicode.isHost":     unicodeIsHost,
	"unicode.IsControl":  r_b(unicode.IsControl),
	"unicode.IsDigit":    r_b(unicode.IsDigit),
	"unicode.IsGraphic":  r_b(unicode.IsGraphic),
	"unicode.IsLetter":   r_b(unicode.IsLetter),
	"unicode.IsLower":    r_b(unicode.IsLower),
	"unicode.IsMark":     r_b(unicode.IsMark),
	"unicode.IsNumber":   r_b(unicode.IsNumber),
	"unicode.IsPrint":    r_b(unicode.IsPrint),
	"unicode.IsPunct":    r_b(unicode.IsPunct),
	"unicode.IsSpace":    r_b(unicode.IsSpace),
	"unicode.IsSymbol":   r_b(unicode.IsSymbol),
	"unicode.IsTitle":    r_b(unicode.IsTitle),
	"unicode.IsUpper":    r_b(unicode.IsUpper),
	"unicode.SimpleFold": r_r(unicode.SimpleFold),
	"unicode.To":         func(c *Ctx, a []Value) Value { return runeVal(unicode.To(int(int64(a[0].N)), argRune(a[1]))) },
	"unicode.ToLower":    r_r(unicode.ToLower),
	"unicode.ToTitle":    r_r(unicode.ToTitle),
	"unicode.ToUpper":    r_r(unicode.ToUpper),

	// unicode/utf8. Decoding looks at no more than UTFMax bytes, so that a
	// loop decoding a long []byte stays linear.
	"unicode/utf8.FullRune":               func(c *Ctx, a []Value) Value { return boolVal(utf8.FullRune(argBytesHead(a[0]))) },
	"unicode/utf8.FullRuneInString":       s_b(utf8.FullRuneInString),
	"unicode/utf8.DecodeRune":             func(c *Ctx, a []Value) Value { return runeSize(utf8.DecodeRune(argBytesHead(a[0]))) },
	"unicode/utf8.DecodeRuneInString":     func(c *Ctx, a []Value) Value { return runeSize(utf8.DecodeRuneInString(a[0].Str())) },
	"unicode/utf8.DecodeLastRune":         func(c *Ctx, a []Value) Value { return runeSize(utf8.DecodeLastRune(argBytesTail(a[0]))) },
	"unicode/utf8.DecodeLastRuneInString": func(c *Ctx, a []Value) Value { return runeSize(utf8.DecodeLastRuneInString(a[0].Str())) },
	"unicode/utf8.RuneCount":              z_i(utf8.RuneCount),
	"unicode/utf8.RuneCountInString":      s_i(utf8.RuneCountInString),
	"unicode/utf8.Valid":                  z_b(utf8.Valid),
	"unicode/utf8.ValidString":            s_b(utf8.ValidString),

	// internal/bytealg: what Go writes in assembly (MakeNoZero is the
	// runtime's; a Go slice is always zeroed here).
	"internal/bytealg.Compare":         zz_i(bytes.Compare),
	"internal/bytealg.CompareString":   ss_i(strings.Compare),
	"internal/bytealg.IndexByte":       zy_i(bytes.IndexByte),
	"internal/bytealg.IndexByteString": sy_i(strings.IndexByte),
	"internal/bytealg.MakeNoZero":      bytealgMakeNoZero,

	// runtime: log's question about its caller.
	"runtime.Caller": runtimeCaller,
}

// Argument conversions.

func argRune(v Value) rune { return rune(int64(v.N)) }

func runeVal(r rune) Value { return intVal(int64(r)) }

func tuple(vs ...Value) Value { return Value{R: vs} }

// declining makes fn the fast path of a function Go writes in Go, reading
// its slice a cell at a time (the overlay calls Go's own when ok is false):
// it returns (fn's result, true), or (zero, false) at a call race-directed
// exploration made visible (Ctx.rangeV), where a goroutine's stores may
// land between two of Go's reads.
func declining(fn func(c *Ctx, args []Value) Value) func(c *Ctx, args []Value) Value {
	return func(c *Ctx, a []Value) Value {
		if c.rangeV {
			return tuple(Value{}, boolVal(false))
		}
		return tuple(fn(c, a), boolVal(true))
	}
}

// joinFast is strings.Join on the host, behind the overlay's Join
// (runner/std/_overlay/strings/join.go). Go's Join reads the elements one
// at a time, twice (their lengths, then their bytes), so a goroutine's
// stores can land between two reads; at a call race-directed exploration
// made visible (Ctx.rangeV) it declines, and Go's Join reads them in the
// VM, each read a site of its own.
func joinFast(c *Ctx, a []Value) Value {
	if c.rangeV && seqLen(a[0]) > 0 {
		return tuple(strVal(""), boolVal(false))
	}
	return tuple(ls_s(strings.Join)(c, a), boolVal(true))
}

// argStrings converts a []string.
func argStrings(v Value) []string {
	elems := v.Elems()
	if elems == nil {
		return nil
	}
	out := make([]string, len(elems))
	for i, e := range elems {
		out[i] = e.Str()
	}
	return out
}

// stringsVal converts a []string result, keeping nil and the capacity the
// host's function gave it (strings.SplitN may return spare capacity).
func stringsVal(ss []string) Value {
	if ss == nil {
		return Value{}
	}
	out := make([]Value, len(ss), cap(ss))
	for i, s := range ss {
		out[i] = strVal(s)
	}
	return Value{R: out}
}

// argBytes is a []byte argument: the program's own bytes (bytes.go), which
// the host functions here only read.
func argBytes(v Value) []byte { return bytesOf(v) }

// argBytesHead is the first utf8.UTFMax bytes of a []byte.
func argBytesHead(v Value) []byte {
	b := bytesOf(v)
	if len(b) > utf8.UTFMax {
		b = b[:utf8.UTFMax]
	}
	return b
}

// argBytesTail is the last utf8.UTFMax bytes of a []byte.
func argBytesTail(v Value) []byte {
	b := bytesOf(v)
	if len(b) > utf8.UTFMax {
		b = b[len(b)-utf8.UTFMax:]
	}
	return b
}

func runeSize(r rune, size int) Value { return tuple(runeVal(r), intVal(int64(size))) }

// Adapters, by signature.

type intrFn = func(c *Ctx, a []Value) Value

func s_s(f func(string) string) intrFn {
	return func(c *Ctx, a []Value) Value { return strVal(f(a[0].Str())) }
}
func s_b(f func(string) bool) intrFn {
	return func(c *Ctx, a []Value) Value { return boolVal(f(a[0].Str())) }
}
func s_i(f func(string) int) intrFn {
	return func(c *Ctx, a []Value) Value { return intVal(int64(f(a[0].Str()))) }
}
func s_l(f func(string) []string) intrFn {
	return func(c *Ctx, a []Value) Value { return stringsVal(f(a[0].Str())) }
}
func ss_s(f func(string, string) string) intrFn {
	return func(c *Ctx, a []Value) Value { return strVal(f(a[0].Str(), a[1].Str())) }
}
func ss_b(f func(string, string) bool) intrFn {
	return func(c *Ctx, a []Value) Value { return boolVal(f(a[0].Str(), a[1].Str())) }
}
func ss_i(f func(string, string) int) intrFn {
	return func(c *Ctx, a []Value) Value { return intVal(int64(f(a[0].Str(), a[1].Str()))) }
}
func ss_l(f func(string, string) []string) intrFn {
	return func(c *Ctx, a []Value) Value { return stringsVal(f(a[0].Str(), a[1].Str())) }
}
func ssi_l(f func(string, string, int) []string) intrFn {
	return func(c *Ctx, a []Value) Value { return stringsVal(f(a[0].Str(), a[1].Str(), int(int64(a[2].N)))) }
}
func sss_s(f func(string, string, string) string) intrFn {
	return func(c *Ctx, a []Value) Value { return strVal(f(a[0].Str(), a[1].Str(), a[2].Str())) }
}
func sssi_s(f func(string, string, string, int) string) intrFn {
	return func(c *Ctx, a []Value) Value {
		return strVal(f(a[0].Str(), a[1].Str(), a[2].Str(), int(int64(a[3].N))))
	}
}
func sr_b(f func(string, rune) bool) intrFn {
	return func(c *Ctx, a []Value) Value { return boolVal(f(a[0].Str(), argRune(a[1]))) }
}
func sr_i(f func(string, rune) int) intrFn {
	return func(c *Ctx, a []Value) Value { return intVal(int64(f(a[0].Str(), argRune(a[1])))) }
}
func sy_i(f func(string, byte) int) intrFn {
	return func(c *Ctx, a []Value) Value { return intVal(int64(f(a[0].Str(), byte(a[1].N)))) }
}
func ls_s(f func([]string, string) string) intrFn {
	return func(c *Ctx, a []Value) Value { return strVal(f(argStrings(a[0]), a[1].Str())) }
}
func z_i(f func([]byte) int) intrFn {
	return func(c *Ctx, a []Value) Value { return intVal(int64(f(argBytes(a[0])))) }
}
func z_b(f func([]byte) bool) intrFn {
	return func(c *Ctx, a []Value) Value { return boolVal(f(argBytes(a[0]))) }
}
func zz_i(f func([]byte, []byte) int) intrFn {
	return func(c *Ctx, a []Value) Value { return intVal(int64(f(argBytes(a[0]), argBytes(a[1])))) }
}
func zz_b(f func([]byte, []byte) bool) intrFn {
	return func(c *Ctx, a []Value) Value { return boolVal(f(argBytes(a[0]), argBytes(a[1]))) }
}
func zs_i(f func([]byte, string) int) intrFn {
	return func(c *Ctx, a []Value) Value { return intVal(int64(f(argBytes(a[0]), a[1].Str()))) }
}
func zy_i(f func([]byte, byte) int) intrFn {
	return func(c *Ctx, a []Value) Value { return intVal(int64(f(argBytes(a[0]), byte(a[1].N)))) }
}
func zr_i(f func([]byte, rune) int) intrFn {
	return func(c *Ctx, a []Value) Value { return intVal(int64(f(argBytes(a[0]), argRune(a[1])))) }
}
func r_b(f func(rune) bool) intrFn {
	return func(c *Ctx, a []Value) Value { return boolVal(f(argRune(a[0]))) }
}
func r_r(f func(rune) rune) intrFn {
	return func(c *Ctx, a []Value) Value { return runeVal(f(argRune(a[0]))) }
}

func f_f(f func(float64) float64) intrFn {
	return func(c *Ctx, a []Value) Value { return floatVal(f(a[0].Float())) }
}
func ff_f(f func(float64, float64) float64) intrFn {
	return func(c *Ctx, a []Value) Value { return floatVal(f(a[0].Float(), a[1].Float())) }
}
func fff_f(f func(float64, float64, float64) float64) intrFn {
	return func(c *Ctx, a []Value) Value { return floatVal(f(a[0].Float(), a[1].Float(), a[2].Float())) }
}
func f_b(f func(float64) bool) intrFn {
	return func(c *Ctx, a []Value) Value { return boolVal(f(a[0].Float())) }
}
func f_i(f func(float64) int) intrFn {
	return func(c *Ctx, a []Value) Value { return intVal(int64(f(a[0].Float()))) }
}
func fi_b(f func(float64, int) bool) intrFn {
	return func(c *Ctx, a []Value) Value { return boolVal(f(a[0].Float(), int(int64(a[1].N)))) }
}
func fi_f(f func(float64, int) float64) intrFn {
	return func(c *Ctx, a []Value) Value { return floatVal(f(a[0].Float(), int(int64(a[1].N)))) }
}
func i_f(f func(int) float64) intrFn {
	return func(c *Ctx, a []Value) Value { return floatVal(f(int(int64(a[0].N)))) }
}
func if_f(f func(int, float64) float64) intrFn {
	return func(c *Ctx, a []Value) Value { return floatVal(f(int(int64(a[0].N)), a[1].Float())) }
}
func f_fi(f func(float64) (float64, int)) intrFn {
	return func(c *Ctx, a []Value) Value {
		x, n := f(a[0].Float())
		return tuple(floatVal(x), intVal(int64(n)))
	}
}
func f_ff(f func(float64) (float64, float64)) intrFn {
	return func(c *Ctx, a []Value) Value {
		x, y := f(a[0].Float())
		return tuple(floatVal(x), floatVal(y))
	}
}

// unicode tables by name: the stub's own tables name the host's
// (categories, scripts and properties by their names, the fold tables as
// "fold:NAME").

var unicodeTables = func() map[string]*unicode.RangeTable {
	m := map[string]*unicode.RangeTable{}
	for _, tabs := range []map[string]*unicode.RangeTable{unicode.Categories, unicode.Scripts, unicode.Properties} {
		for name, t := range tabs {
			m[name] = t
		}
	}
	for _, tabs := range []map[string]*unicode.RangeTable{unicode.FoldCategory, unicode.FoldScript} {
		for name, t := range tabs {
			m["fold:"+name] = t
		}
	}
	return m
}()

func unicodeIsHost(c *Ctx, a []Value) Value {
	t := unicodeTables[a[0].Str()]
	return boolVal(t != nil && unicode.Is(t, argRune(a[1])))
}

// bytealgMakeNoZero is make([]byte, n), n checked by its callers; the
// memory cap still applies.
func bytealgMakeNoZero(c *Ctx, a []Value) Value {
	n := int64(a[0].N)
	if n < 0 || n > 1<<40 {
		c.M.runtimeError(c.G, "makeslice: len out of range")
		return Value{}
	}
	return c.M.makeBytes(n, n)
}

// runtimeCaller is runtime.Caller: the file and line of a frame in the
// program's own file, counted from the frame that called Caller.
func runtimeCaller(c *Ctx, a []Value) Value {
	i := len(c.G.frames) - 1 - int(int64(a[0].N))
	if i < 0 || i >= len(c.G.frames) {
		return tuple(Value{}, strVal(""), intVal(0), boolVal(false))
	}
	fr := c.G.frames[i]
	if !fr.fn.User || fr.pc >= len(fr.fn.Code) {
		return tuple(Value{}, strVal(""), intVal(0), boolVal(false))
	}
	return tuple(Value{}, strVal(c.M.prog.File.Name()), intVal(int64(fr.fn.Code[fr.pc].Line)), boolVal(true))
}
