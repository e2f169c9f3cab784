// reflect over the VM's descriptors: struct fields, tags, offsets,
// embedding, Set through pointers, maps, method calls, Append, New,
// DeepEqual, Convert, and an unaddressable Set's panic.
package main

import (
	"fmt"
	"reflect"
)

type Inner struct{ Z int }

type T struct {
	A int    `json:"a,omitempty" x:"y"`
	B string `json:"b"`
	c float64
	Inner
	P *Inner
	S []int
	M map[string]int
}

func (t T) Hello(n int) string { return fmt.Sprint("hello ", t.B, " ", n) }
func (t *T) Ptr()              {}

type Stringer interface{ String() string }

func main() {
	t := T{A: 1, B: "x", c: 2.5, Inner: Inner{3}, S: []int{1, 2, 3}, M: map[string]int{"k": 1}}
	v := reflect.ValueOf(t)
	ty := v.Type()
	fmt.Println(ty, ty.Kind(), ty.Name(), ty.PkgPath(), ty.NumField(), ty.Size(), ty.NumMethod())
	for i := 0; i < ty.NumField(); i++ {
		f := ty.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"), f.Offset, f.Index, f.Anonymous, f.IsExported(), v.Field(i).Kind(), v.Field(i).CanInterface())
	}
	fmt.Println(v.Field(0).Int(), v.Field(1).String(), v.Field(2).Float(), v.FieldByName("Z").Int())
	p := reflect.ValueOf(&t).Elem()
	p.Field(0).SetInt(42)
	p.Field(1).SetString("yo")
	p.FieldByName("Z").SetInt(7)
	p.Field(5).Index(1).SetInt(99)
	fmt.Println(t.A, t.B, t.Z, t.S, p.CanSet(), v.CanSet(), p.Field(2).CanSet())
	m := p.Field(6)
	m.SetMapIndex(reflect.ValueOf("new"), reflect.ValueOf(5))
	fmt.Println(len(t.M), t.M["new"], m.MapIndex(reflect.ValueOf("k")))
	out := v.MethodByName("Hello").Call([]reflect.Value{reflect.ValueOf(5)})
	fmt.Println(out[0].String(), reflect.TypeOf(&t).NumMethod(), reflect.TypeOf(&t).Method(1).Name)
	s := reflect.MakeSlice(reflect.TypeOf([]string{}), 0, 0)
	s = reflect.Append(s, reflect.ValueOf("a"), reflect.ValueOf("b"))
	fmt.Println(s.Len(), s.Interface(), s.Index(1))
	n := reflect.New(reflect.TypeOf(0))
	n.Elem().SetInt(12)
	fmt.Println(*(n.Interface().(*int)), n.Kind(), n.Elem().Kind())
	fmt.Println(reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}), reflect.DeepEqual([]int{1}, []int{2}))
	var e error
	fmt.Println(reflect.TypeOf(&e).Elem().Kind(), reflect.TypeOf((*Stringer)(nil)).Elem().NumMethod())
	var x any = 3.5
	fmt.Println(reflect.ValueOf(&x).Elem().Elem().Float(), reflect.ValueOf(x).Convert(reflect.TypeOf(0)).Int())
	fmt.Println(reflect.Zero(reflect.TypeOf(t)).IsZero(), v.IsZero(), reflect.ValueOf(int8(-3)).Int(), reflect.ValueOf(uint16(65535)).Uint())
	fmt.Println(reflect.TypeOf(map[int]bool{}).Key(), reflect.TypeOf([3]int{}).Len(), reflect.TypeOf(make(chan<- int)).ChanDir())
	fmt.Println(reflect.TypeOf(fmt.Sprintf).IsVariadic(), reflect.TypeOf(fmt.Sprintf).In(1), reflect.TypeOf(fmt.Sprintf).NumOut())
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.ValueOf(t).Field(0).SetInt(1)
}
