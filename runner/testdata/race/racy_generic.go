// A race inside a generic function.
package main

import "time"

type box[T any] struct{ v T }

func set[T any](b *box[T], v T) { b.v = v }

func get[T any](b *box[T]) T { return b.v }

func main() {
	b := &box[int]{}
	go set(b, 7)
	time.Sleep(10 * time.Millisecond)
	println(get(b))
}
