// append(s, t...) copies t with runtime.slicecopy, which reads every
// element of t: a racing write to one of them is reported there.
package main

import (
	"fmt"
	"time"
)

func main() {
	src := []int{1, 2, 3}
	go func() { src[1] = 9 }()
	time.Sleep(10 * time.Millisecond)
	dst := make([]int, 0, 8)
	dst = append(dst, src...)
	b := make([]byte, 0, 8)
	str := []byte("xy")
	go func() { str[0] = 'z' }()
	time.Sleep(10 * time.Millisecond)
	b = append(b, str...)
	fmt.Println(len(dst), len(b))
}
