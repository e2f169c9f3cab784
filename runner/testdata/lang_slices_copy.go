// copy, 3-index slices, nil versus empty slices.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println("overlapping copy:", n, src)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	n = copy(big[6:], []int{9, 9, 9, 9})
	fmt.Println(n, big)

	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	t := s[2:5]
	fmt.Println(t, len(t), cap(t))
	u := s[2:5:6]
	fmt.Println(u, len(u), cap(u))
	t = t[:cap(t)]
	fmt.Println("resliced to cap:", t)
	v := s[:0]
	fmt.Println(v, len(v), cap(v), v == nil)
	w := s[10:]
	fmt.Println(w, len(w), cap(w))

	var nilSlice []string
	empty := []string{}
	made := make([]string, 0)
	fmt.Println(nilSlice == nil, empty == nil, made == nil)
	fmt.Println(len(nilSlice), cap(nilSlice), len(empty), cap(empty))
	fmt.Printf("%v %v %#v %#v\n", nilSlice, empty, nilSlice, empty)
	for range nilSlice {
		fmt.Println("never")
	}
	nilSlice = append(nilSlice, "now")
	fmt.Println(nilSlice, nilSlice == nil)
	var sub = nilSlice[:0]
	fmt.Println(sub == nil, len(sub))
	var nn []int
	fmt.Println(nn[:], nn[0:0], nn[:0] == nil)
	arr := [5]string{"a", "b", "c", "d", "e"}
	sl := arr[1:3:4]
	sl = append(sl, "X")
	fmt.Println(arr, sl)
	sl = append(sl, "Y")
	sl[0] = "Q"
	fmt.Println(arr, sl)
	bs := make([]byte, 3)
	fmt.Println(copy(bs, "xyz123"), string(bs))
	clear(s[3:6])
	fmt.Println("clear part:", s)
}
