// Go's flag builds the zero value of a flag.Value with reflect, which the VM does not offer yet: zeroOf asks the VM for it.

package flag

import (
	"encoding"
	"fmt"
	"strings"
)

// isZeroValue determines whether the string represents the zero value for
// a flag, as GOROOT's does: by calling String on a zero value of the
// flag's Value type.
func isZeroValue(flag *Flag, value string) (ok bool, err error) {
	z := zeroOf(flag.Value)
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("panic calling String method on zero %s for flag %s: %v", strings.TrimPrefix(fmt.Sprintf("%T", flag.Value), "*"), flag.Name, e)
		}
	}()
	return value == z.(Value).String(), nil
}

// zeroOf returns a zero value of v's dynamic type, or for a pointer type a
// pointer to a new zero value, as reflect.New(typ.Elem()) would.
func zeroOf(v any) any

// newTextValue is GOROOT's without reflect: setDefault checks the types
// and copies *val (or val) into *p.
func newTextValue(val encoding.TextMarshaler, p encoding.TextUnmarshaler) textValue {
	if msg := setDefault(p, val); msg != "" {
		panic(msg)
	}
	return textValue{p}
}

// setDefault stores the default into the variable p points to, or returns
// the panic message GOROOT's newTextValue gives when p is not a pointer or
// the types differ.
func setDefault(p, val any) string
