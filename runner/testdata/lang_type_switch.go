// Type assertions with comma-ok and type switches.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "ID#" + strconv.Itoa(int(i)) }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of length " + strconv.Itoa(len(x))
	case []int:
		return fmt.Sprintf("int slice with %d elems", len(x))
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer: " + x.String()
	case func() int:
		return fmt.Sprint("func returning ", x())
	case map[string]int:
		return fmt.Sprint("map ", x)
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []any{nil, 42, int64(7), "hey", []int{1, 2}, errors.New("bad"), ID(9),
		func() int { return 3 }, map[string]int{"a": 1}, true, false, 2.5, struct{}{}, []string{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var i any = ID(5)
	if s, ok := i.(Stringer); ok {
		fmt.Println("ok Stringer", s.String())
	}
	n, ok := i.(int)
	fmt.Println("as int:", n, ok)
	id, ok := i.(ID)
	fmt.Println("as ID:", id, ok, int(id))
	e, ok := i.(error)
	fmt.Println("as error:", e, ok)
	var none any
	str, ok := none.(string)
	fmt.Printf("%q %v\n", str, ok)
	var st Stringer = ID(1)
	switch st.(type) {
	case ID:
		fmt.Println("st holds an ID")
	}
	switch v := any(3.5).(type) {
	case int, float64:
		fmt.Printf("multi-type case keeps interface type: %T %v\n", v, v)
	}
}
