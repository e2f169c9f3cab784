// errors.As/Is, sort.Slice* and context compiled from Go's sources,
// through internal/reflectlite on Interleave's reflect.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

type ValErr struct{ S string }

func (e ValErr) Error() string { return e.S }

type key string

func main() {
	err := fmt.Errorf("wrap: %w", &MyErr{42})
	var me *MyErr
	fmt.Println(errors.As(err, &me), me.Code)
	var ve ValErr
	fmt.Println(errors.As(err, &ve), errors.As(fmt.Errorf("x: %w", ValErr{"v"}), &ve), ve.S)
	var target interface{ Error() string }
	fmt.Println(errors.As(err, &target), target)
	fmt.Println(errors.Is(err, err), errors.Is(fmt.Errorf("%w", io.EOF), io.EOF))
	j := errors.Join(errors.New("a"), &MyErr{7})
	fmt.Println(errors.As(j, &me), me.Code)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		errors.As(err, me)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var i int
		errors.As(err, &i)
	}()
	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 20}, {"C", 25}, {"D", 20}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].Name > people[j].Name }))
	ctx := context.WithValue(context.Background(), key("k"), 1)
	fmt.Println(ctx, ctx.Value(key("k")))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(ctx, []int{1}, 2)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.Slice(3, func(i, j int) bool { return false })
	}()
}
