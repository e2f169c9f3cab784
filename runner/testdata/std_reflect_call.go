// reflect's Call and CallSlice (variadic spreading, every argument check's
// panic text), Convert/CanConvert of slices to arrays, SetInt/SetUint
// truncation, IsZero, Comparable and Equal of aggregates.
package main

import (
	"fmt"
	"reflect"
)

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	f := reflect.ValueOf(sum)
	fmt.Println(f.Call([]reflect.Value{reflect.ValueOf(1)})[0].Int())
	fmt.Println(f.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})[0].Int())
	fmt.Println(f.CallSlice([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf([]int{4, 5})})[0].Int())
	try("few", func() { f.Call(nil) })
	try("sfew", func() { f.CallSlice([]reflect.Value{reflect.ValueOf(1)}) })
	try("smany", func() { f.CallSlice([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf([]int{}), reflect.ValueOf(2)}) })
	try("zero", func() { f.Call([]reflect.Value{{}}) })
	try("type", func() { f.Call([]reflect.Value{reflect.ValueOf("x")}) })
	try("vtype", func() { f.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("x")}) })
	g := reflect.ValueOf(func(a int) {})
	try("many", func() { g.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)}) })
	try("nonvar", func() { g.CallSlice([]reflect.Value{reflect.ValueOf(1)}) })
	var s []int
	v := reflect.ValueOf(s)
	fmt.Println(v.CanConvert(reflect.TypeOf([0]int{})), v.CanConvert(reflect.TypeOf([1]int{})), v.CanConvert(reflect.TypeOf(&[1]int{})), reflect.ValueOf(2.5).CanConvert(reflect.TypeOf(1)))
	try("conv", func() { reflect.ValueOf([]int{1}).Convert(reflect.TypeOf(&[2]int{})) })
	fmt.Println(reflect.ValueOf([]int{1, 2}).Convert(reflect.TypeOf([2]int{})).Interface())
	var x int8
	reflect.ValueOf(&x).Elem().SetInt(300)
	var y uint16
	reflect.ValueOf(&y).Elem().SetUint(70000)
	fmt.Println(x, y)
	try("setint", func() { reflect.ValueOf(&y).Elem().SetInt(1) })
	fmt.Println(reflect.ValueOf([2]int{}).IsZero(), reflect.ValueOf(struct{ A int }{1}).IsZero(), reflect.ValueOf([1]any{}).Comparable(), reflect.ValueOf(struct{ F func() }{}).Comparable())
	try("eq", func() {
		fmt.Println(reflect.ValueOf([2]int{1, 2}).Equal(reflect.ValueOf([2]int{1, 2})))
		reflect.ValueOf([]int{}).Equal(reflect.ValueOf([]int{}))
	})
}

func init() {
	try("conv2", func() { reflect.ValueOf([]int{1}).Convert(reflect.TypeOf([3]int{})) })
}
