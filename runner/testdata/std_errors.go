// errors: New, Is, As, Unwrap, Join, custom Is methods and wrap chains.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrPerm = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type Temporary struct{ Code int }

func (t Temporary) Error() string        { return fmt.Sprintf("temporary (%d)", t.Code) }
func (t Temporary) Is(target error) bool { return target == ErrRetry }

var ErrRetry = errors.New("retry")

func find(k string) error {
	if k == "" {
		return &QueryError{"<empty>", ErrNotFound}
	}
	if k == "root" {
		return fmt.Errorf("find %s: %w", k, ErrPerm)
	}
	return nil
}

func main() {
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e2), errors.Is(e1, e1))
	for _, k := range []string{"", "root", "ok"} {
		err := find(k)
		fmt.Printf("%q: err=%v notfound=%v perm=%v\n", k, err, errors.Is(err, ErrNotFound), errors.Is(err, ErrPerm))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  QueryError with query", qe.Query, "inner:", qe.Err)
		}
	}
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", &QueryError{"q", ErrNotFound}))
	fmt.Println(wrapped)
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}
	t := fmt.Errorf("op: %w", Temporary{503})
	fmt.Println(errors.Is(t, ErrRetry), errors.Is(t, ErrNotFound))
	var tmp Temporary
	fmt.Println(errors.As(t, &tmp), tmp.Code)
	j := errors.Join(ErrNotFound, nil, ErrPerm)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrPerm), errors.Is(j, ErrRetry), errors.Unwrap(j) == nil)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println("joined count:", len(u.Unwrap()))
	}
	nested := errors.Join(fmt.Errorf("a: %w", ErrPerm), errors.Join(errors.New("b"), Temporary{1}))
	fmt.Println(nested)
	fmt.Println(errors.Is(nested, ErrRetry), errors.Is(nested, ErrPerm))
	var asIface interface{ Unwrap() error }
	fmt.Println(errors.As(wrapped, &asIface), asIface != nil)
	var nilErr error
	fmt.Println(errors.Is(nilErr, nil), errors.Is(nil, ErrPerm), errors.Unwrap(nil))
	fmt.Println(errors.ErrUnsupported)
}
