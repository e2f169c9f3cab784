// slog packs a string or []Attr Value as a pointer plus a length through unsafe; the VM keeps a pointer to the string or slice itself.

package slog

type (
	stringptr *string // in Value.any when the Value is a string
	groupptr  *[]Attr // in Value.any when the Value is a []Attr
)

// StringValue returns a new Value for a string.
func StringValue(value string) Value {
	return Value{num: uint64(len(value)), any: stringptr(&value)}
}

// GroupValue returns a new Value for a list of Attrs, without the empty
// groups among them.
func GroupValue(as ...Attr) Value {
	if n := countEmptyGroups(as); n > 0 {
		kept := make([]Attr, 0, len(as)-n)
		for _, a := range as {
			if !a.Value.isEmptyGroup() {
				kept = append(kept, a)
			}
		}
		as = kept
	}
	return Value{num: uint64(len(as)), any: groupptr(&as)}
}

// String returns Value's value as a string, formatted like fmt.Sprint.
func (v Value) String() string {
	if sp, ok := v.any.(stringptr); ok {
		return *sp
	}
	var buf []byte
	return string(v.append(buf))
}

func (v Value) str() string { return *v.any.(stringptr) }

// Group returns v's value as a []Attr. It panics if v's Kind is not
// KindGroup.
func (v Value) Group() []Attr {
	if gp, ok := v.any.(groupptr); ok {
		return *gp
	}
	panic("Group: bad kind")
}

func (v Value) group() []Attr { return *v.any.(groupptr) }
