// Go's Is and As look at types through internal/reflectlite; the VM has no reflection yet and answers with intrinsics.
//std:remove as errorType

package errors

func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, isComparable(target))
}

// isComparable is an intrinsic: whether target's dynamic type is comparable.
func isComparable(target error) bool

// As finds the first error in err's tree that matches target.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	for {
		if asTarget(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if As(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// asTarget is an intrinsic: if err is assignable to *target's element type,
// it stores err there and reports true. It panics like Go on a bad target.
func asTarget(err error, target any) bool
