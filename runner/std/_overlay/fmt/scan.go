package fmt

import (
	"errors"
	"io"
	"strconv"
)

// Sscan scans space-separated values from str into the pointers in a, like
// Go's Sscan for the basic kinds (integers, floats, strings, bools).
func Sscan(str string, a ...any) (n int, err error) {
	return sscan(str, false, a)
}

// Sscanln is like Sscan but stops at a newline.
func Sscanln(str string, a ...any) (n int, err error) {
	return sscan(str, true, a)
}

func sscan(str string, line bool, a []any) (n int, err error) {
	i := 0
	for _, arg := range a {
		for i < len(str) && (str[i] == ' ' || str[i] == '\t' || str[i] == '\r' || (!line && str[i] == '\n')) {
			i++
		}
		if i == len(str) || line && str[i] == '\n' {
			if line && i < len(str) {
				return n, errors.New("unexpected newline")
			}
			return n, io.EOF
		}
		j := i
		for j < len(str) && str[j] != ' ' && str[j] != '\t' && str[j] != '\n' && str[j] != '\r' {
			j++
		}
		tok := str[i:j]
		i = j
		if err := scanOne(tok, arg); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func scanOne(tok string, arg any) error {
	switch p := arg.(type) {
	case *string:
		*p = tok
	case *bool:
		v, err := strconv.ParseBool(tok)
		if err != nil {
			return errors.New("syntax error scanning boolean")
		}
		*p = v
	case *int:
		v, err := scanInt(tok, 64)
		*p = int(v)
		return err
	case *int8:
		v, err := scanInt(tok, 8)
		*p = int8(v)
		return err
	case *int16:
		v, err := scanInt(tok, 16)
		*p = int16(v)
		return err
	case *int32:
		v, err := scanInt(tok, 32)
		*p = int32(v)
		return err
	case *int64:
		v, err := scanInt(tok, 64)
		*p = v
		return err
	case *uint:
		v, err := scanUint(tok, 64)
		*p = uint(v)
		return err
	case *uint8:
		v, err := scanUint(tok, 8)
		*p = uint8(v)
		return err
	case *uint16:
		v, err := scanUint(tok, 16)
		*p = uint16(v)
		return err
	case *uint32:
		v, err := scanUint(tok, 32)
		*p = uint32(v)
		return err
	case *uint64:
		v, err := scanUint(tok, 64)
		*p = v
		return err
	case *float64:
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return errors.New("strconv.ParseFloat: parsing " + strconv.Quote(tok) + ": invalid syntax")
		}
		*p = v
	case *float32:
		v, err := strconv.ParseFloat(tok, 32)
		if err != nil {
			return errors.New("strconv.ParseFloat: parsing " + strconv.Quote(tok) + ": invalid syntax")
		}
		*p = float32(v)
	default:
		return errors.New("can't scan type: " + Sprintf("%T", arg))
	}
	return nil
}

func scanInt(tok string, bits int) (int64, error) {
	v, err := strconv.ParseInt(tok, 0, bits)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return 0, errors.New("integer overflow on token " + tok)
		}
		return 0, errors.New("expected integer")
	}
	return v, nil
}

func scanUint(tok string, bits int) (uint64, error) {
	v, err := strconv.ParseUint(tok, 0, bits)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return 0, errors.New("unsigned integer overflow on token " + tok)
		}
		return 0, errors.New("expected integer")
	}
	return v, nil
}
