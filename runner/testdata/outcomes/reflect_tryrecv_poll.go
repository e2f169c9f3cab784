// main polls with TryRecv while a goroutine sends with TrySend in a loop:
// each side may find the other absent any number of times; the values
// arrive in order once both meet on the buffered channel.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	c := make(chan int, 1)
	cv := reflect.ValueOf(c)
	go func() {
		for i := 1; i <= 2; i++ {
			for !cv.TrySend(reflect.ValueOf(i)) {
			}
		}
	}()
	misses := 0
	var got []int
	for len(got) < 2 {
		v, ok := cv.TryRecv()
		if !ok {
			if v.IsValid() {
				panic("invalid")
			}
			misses++
			continue
		}
		got = append(got, int(v.Int()))
	}
	fmt.Println(got, misses > 0)
}
