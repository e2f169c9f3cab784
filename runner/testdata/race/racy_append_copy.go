// append from goroutines races on the slice variable and, when it grows, on
// the old elements it copies (runtime.growslice); copy writes its destination
// (runtime.slicecopy).
package main

import "time"

func main() {
	var s []int
	for i := 0; i < 2; i++ {
		go func() {
			s = append(s, i)
		}()
		time.Sleep(10 * time.Millisecond)
	}
	println(len(s))
	dst := make([]int, 3)
	go func() {
		dst[0] = 1
	}()
	time.Sleep(10 * time.Millisecond)
	src := []int{7, 8, 9}
	copy(dst, src)
	println(dst[0])
}
