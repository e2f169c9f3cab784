// context names types and checks key comparability through internal/reflectlite; the VM has no reflection yet and answers both with intrinsics.

package context

func contextName(c Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return typeString(c)
}

func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	if !comparable(key) {
		panic("key is not comparable")
	}
	return &valueCtx{parent, key, val}
}

func stringify(v any) string {
	switch s := v.(type) {
	case stringer:
		return s.String()
	case string:
		return s
	case nil:
		return "<nil>"
	}
	return typeString(v)
}

// typeString is reflect.TypeOf(v).String() for a non-nil v. An intrinsic.
func typeString(v any) string

// comparable reports whether v's dynamic type is comparable. An intrinsic.
func comparable(v any) bool
