// Every operation on []byte, []bool, [N]byte and [N]bool, whose elements
// the interpreter keeps in compact byte storage (runner/vm/bytes.go):
// index, element pointers, slicing, append/copy/clear, range, conversions,
// arrays, map keys, interfaces, fmt verbs, std code over bytes (Builder,
// Buffer, strconv, bufio, io, hashes, encodings, bytes, slices) and reflect.
package main

import (
	"bufio"
	"bytes"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

type B byte
type Bytes []byte

type S struct {
	Name string
	Data []byte
	Arr  [4]byte
	Fl   [3]bool
}

func mod(p *byte) { *p += 10 }

func main() {
	// make, index, store, len, cap
	b := make([]byte, 5, 10)
	for i := range b {
		b[i] = byte(i * 3)
	}
	fmt.Println(b, len(b), cap(b))
	// element pointers
	p := &b[2]
	*p = 99
	mod(&b[3])
	fmt.Println(b, *p, p == &b[2], p == &b[3])
	// slicing
	c := b[1:3]
	c[0] = 7
	fmt.Println(b, c, len(c), cap(c), b[1:3:4], cap(b[1:3:4]))
	c = append(c, 42) // in place
	fmt.Println(b, c)
	d := append(b[:2:2], 1, 2, 3) // grows
	d[0] = 200
	fmt.Println(b, d, cap(d))
	// append string, copy
	e := append([]byte("hi "), "there"...)
	n := copy(e[1:], "XY")
	fmt.Println(string(e), n)
	n = copy(e, e[2:]) // overlap
	fmt.Println(string(e), n)
	// clear
	f := []byte("abcdef")
	clear(f[2:4])
	fmt.Println(f)
	// range
	sum := 0
	for i, x := range []byte("hello") {
		sum += i * int(x)
	}
	fmt.Println(sum)
	// conversions
	s := string(b)
	fmt.Println(len(s), []byte("héllo"), string([]byte{}), []byte(""), []byte("") == nil)
	var nb []byte
	fmt.Println(nb == nil, len(nb), string(nb), nb[:0] == nil, append(nb, nb...) == nil)
	// arrays
	var a [4]byte
	a[1] = 5
	a2 := a
	a2[2] = 6
	fmt.Println(a, a2, a == a2, a != a2, len(a))
	pa := &a
	pa[3] = 9
	fmt.Println(a, pa[3], *pa)
	sa := a[:]
	sa[0] = 1
	fmt.Println(a, sa)
	ap := (*[2]byte)(b)
	ap[0] = 111
	fmt.Println(b[0], *ap)
	av := [3]byte(b)
	av[1] = 1
	fmt.Println(av, b[1])
	// map with [N]byte keys
	m := map[[4]byte]int{}
	m[a] = 1
	m[a2] = 2
	m[[4]byte{1, 0, 0, 9}]++
	fmt.Println(len(m), m[a], m[a2])
	mb := map[[2]bool]string{{true, false}: "tf", {false, true}: "ft"}
	fmt.Println(mb[[2]bool{true, false}], mb)
	// interfaces
	var x any = a
	fmt.Println(x == any(a), x)
	// bools
	bs := make([]bool, 4)
	bs[1] = true
	pb := &bs[2]
	*pb = !*pb
	fmt.Println(bs, bs[1] && bs[2], bs[0] || bs[3])
	var ba [3]bool
	ba[0] = true
	fmt.Println(ba, ba == [3]bool{true})
	// named types
	var nbs Bytes = Bytes("named")
	nbs[0] = 'N'
	bb := []B{1, 2, 3}
	bb = append(bb, 4)
	fmt.Println(nbs, string(nbs), bb, len(bb))
	// struct with byte fields
	st := S{Name: "x", Data: []byte{1, 2}, Arr: [4]byte{1, 2, 3, 4}}
	st2 := st
	st2.Arr[0] = 100
	st2.Fl[1] = true
	st2.Data[0] = 50
	fmt.Println(st, st2)
	fmt.Printf("%v %+v %#v\n", st.Arr, st2, st.Data)
	fmt.Printf("%s %q %x %X % x\n", []byte("hey"), []byte("hey"), []byte("hey"), [3]byte{1, 2, 255}, []byte{10, 11})
	// strings.Builder, bytes.Buffer, strconv
	var sb strings.Builder
	for i := 0; i < 100; i++ {
		sb.WriteByte(byte('a' + i%26))
	}
	fmt.Println(sb.Len(), sb.String()[:30])
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	out := make([]byte, 3)
	k, _ := buf.Read(out)
	fmt.Println(k, string(out), buf.String())
	num := strconv.AppendInt(nil, -12345, 10)
	num = strconv.AppendQuote(num, "q")
	num = strconv.AppendFloat(num, 3.25, 'f', 2, 64)
	num = strconv.AppendBool(num, true)
	fmt.Println(string(num))
	// io, bufio
	r := bufio.NewReader(strings.NewReader("line one\nline two\n"))
	l1, _ := r.ReadString('\n')
	l2, _, _ := r.ReadLine()
	fmt.Printf("%q %q\n", l1, l2)
	all, _ := io.ReadAll(strings.NewReader("readall"))
	fmt.Println(string(all))
	var wb bytes.Buffer
	w := bufio.NewWriter(&wb)
	w.WriteString("buffered")
	w.Flush()
	fmt.Println(wb.String())
	// hashes, encodings
	fmt.Printf("%x\n", sha256.Sum256([]byte("abc")))
	fmt.Printf("%x\n", md5.Sum([]byte("abc")))
	fmt.Printf("%x\n", sha1.Sum([]byte("abc")))
	h := sha256.New()
	h.Write([]byte("a"))
	h.Write([]byte("bc"))
	fmt.Printf("%x\n", h.Sum(nil))
	fmt.Println(hex.EncodeToString([]byte{0xde, 0xad}), base64.StdEncoding.EncodeToString([]byte("hello")))
	dec, _ := base64.StdEncoding.DecodeString("aGVsbG8=")
	fmt.Println(string(dec))
	bin := make([]byte, 8)
	binary.LittleEndian.PutUint32(bin, 0xdeadbeef)
	binary.BigEndian.PutUint16(bin[4:], 0x1234)
	fmt.Println(bin, binary.LittleEndian.Uint32(bin))
	js, _ := json.Marshal(st)
	fmt.Println(string(js))
	var st3 S
	fmt.Println(json.Unmarshal(js, &st3), st3)
	// bytes package
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Index([]byte("chicken"), []byte("ken")), bytes.ToUpper([]byte("up")), bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Println(utf8.RuneCount([]byte("héllo")), utf8.Valid([]byte{0xff}))
	r0, sz := utf8.DecodeRune([]byte("é!"))
	fmt.Println(r0, sz)
	// slices package
	sl := []byte("dcba")
	slices.Sort(sl)
	fmt.Println(string(sl), slices.Index(sl, 'c'), slices.Contains(sl, 'z'), slices.Equal(sl, []byte("abcd")))
	sl = slices.Insert(sl, 1, 'x', 'y')
	fmt.Println(string(sl), string(slices.Clone(sl)))
	// reflect
	rv := reflect.ValueOf(b)
	fmt.Println(rv.Len(), rv.Cap(), rv.Index(2).Uint(), rv.Bytes()[0], rv.Kind())
	rv.Index(0).SetUint(77)
	fmt.Println(b[0])
	ra := reflect.ValueOf(&a).Elem()
	ra.Index(0).Set(reflect.ValueOf(byte(8)))
	fmt.Println(a, ra.Interface(), ra.Index(3).Interface())
	rbs := reflect.ValueOf(bs)
	fmt.Println(rbs.Index(1).Bool(), rbs.Index(0).Interface())
	rv2 := reflect.Append(reflect.ValueOf([]byte("ab")), reflect.ValueOf(byte('c')))
	fmt.Println(string(rv2.Bytes()), rv2.Len())
	rs := reflect.MakeSlice(reflect.TypeOf([]byte{}), 3, 5)
	rs.Index(1).SetUint(4)
	reflect.Copy(rs, reflect.ValueOf([]byte{9}))
	fmt.Println(rs.Interface(), rs.Slice(1, 3).Interface())
	fmt.Println(reflect.DeepEqual([]byte("x"), []byte("x")), reflect.DeepEqual(a, a2), reflect.DeepEqual(bs, []bool{false, true, true, false}))
	rm := reflect.ValueOf(m)
	fmt.Println(rm.MapIndex(reflect.ValueOf(a2)))
	// min/max over bytes, comparisons
	fmt.Println(min(b[0], b[1]), max(b[2], b[3]))
	fmt.Println(bytes.Compare(b, d), string(bytes.Repeat([]byte("ab"), 3)))
	var iface any = b
	if bb2, ok := iface.([]byte); ok {
		bb2[1] = 1
	}
	fmt.Println(b[1])
	fmt.Printf("%v %d %v\n", &a, pa[:2], &st.Arr)
	fmt.Println(fmt.Sprint(bs), fmt.Sprintf("%08b", b[:2]), fmt.Sprintf("%T %T", a, &b[0]))
	// self-overlapping append and copy, int8 (general storage), channels
	o := []byte("0123456789")
	o = append(o[:2], o[5:]...)
	fmt.Println(string(o), len(o), cap(o))
	i8 := []int8{-1, -128, 127}
	pi8 := &i8[1]
	*pi8 += 1
	fmt.Println(i8, *pi8)
	ch := make(chan []byte, 1)
	ch <- []byte("sent")
	got := <-ch
	got[0] = 'S'
	fmt.Println(string(got))
	ach := make(chan [3]byte, 1)
	arr3 := [3]byte{1, 2, 3}
	ach <- arr3
	arr3[0] = 9
	fmt.Println(<-ach, arr3)
	for i, v := range arr3 {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	grid := [2][3]byte{{1, 2, 3}, {4, 5, 6}}
	grid[1][2] = 60
	row := grid[1]
	row[0] = 40
	fmt.Println(grid, row, grid == [2][3]byte{{1, 2, 3}, {4, 5, 60}})
	var tb bytes.Buffer
	tb.WriteString("truncate me")
	tb.Truncate(8)
	fmt.Println(tb.String(), strings.Repeat("ab", 5000)[9990:], len(strings.Repeat("xyz", 100000)))
	var rb strings.Builder
	rb.Grow(10)
	s1 := ""
	for i := 0; i < 5; i++ {
		rb.WriteByte('a' + byte(i))
		if i == 2 {
			s1 = rb.String()
		}
	}
	fmt.Println(s1, rb.String())
}
