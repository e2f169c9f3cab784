// Integer verbs with widths, precision and flags.
package main

import "fmt"

func main() {
	nums := []int{0, 7, -7, 255, -255, 65535, 1 << 40}
	for _, n := range nums {
		fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%x] [%X] [%#x] [%o] [%#o] [%O] [%b]\n",
			n, n, n, n, n, n, n, n, n, n, n, n, n)
	}
	fmt.Printf("[%8.3d] [%-8.3d] [%.0d] [%.0d] [%+.4d]\n", 5, 5, 0, 1, -3)
	fmt.Printf("[%#08x] [%# x] [%x] [% X]\n", 255, 255, -255, 4096)
	fmt.Printf("[%c] [%c] [%c] [%5c] [%-3c]\n", 'A', 0x4e16, 128512, 'z', 'y')
	fmt.Printf("[%U] [%#U] [%U] [%#U]\n", 'A', 'A', 0x1F600, 0x1F600)
	fmt.Printf("[%q] [%q] [%+q] [%#q] [%q]\n", 'x', '\n', 'é', 'é', 0x1F600)
	fmt.Printf("[%*d] [%-*d] [%.*d] [%*.*d]\n", 6, 42, 6, 42, 4, 42, 8, 3, 7)
	fmt.Printf("[%*d]\n", -6, 42)
	fmt.Printf("%d %d %d %d\n", int8(-128), uint8(255), int64(-1<<63), uint64(1<<64-1))
	fmt.Printf("%x %X %o %b\n", uint64(1<<64-1), int64(-1<<63), int8(-8), int8(-8))
	fmt.Printf("%v %d %s\n", []int{10, 11}, []int{10, 11}, []int{1})
	fmt.Printf("%x %X %o\n", []int{10, 255}, []uint8{10, 255}, [2]int{8, 9})
	fmt.Printf("%5d|%-5d|%05d\n", []int{1, 22}, []int{1, 22}, []int{-1})
	fmt.Printf("%d %x\n", map[string]int{"a": 10, "b": 11}, map[string]int{"a": 10})
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%3c|%-4q|%#U\n", 'x', 'y', '⌘')
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%08b %016b %x\n", 5, uint16(0xABCD), uintptr(48879))
	fmt.Printf("%+x % x %#X\n", "hi", "hi", "hi")
	fmt.Println(fmt.Sprintf("%6.2d|%-+6d|%+06d|% 06d", 7, 7, 7, 7))
}
