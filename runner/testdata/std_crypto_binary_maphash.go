package main

import (
	"bytes"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/maphash"
	"io"
	"strings"
)

type header struct {
	Magic   uint32
	Version uint16
	Flags   [2]uint8
	Size    int64
	Ratio   float32
}

func main() {
	// Hashes.
	fmt.Printf("%x\n", sha256.Sum256([]byte("hello world\n")))
	fmt.Printf("%x\n", sha256.Sum224([]byte("abc")))
	h := sha256.New()
	io.WriteString(h, "The quick brown fox ")
	io.WriteString(h, "jumps over the lazy dog")
	fmt.Println(hex.EncodeToString(h.Sum(nil)), h.Size(), h.BlockSize())
	fmt.Printf("%x\n", md5.Sum([]byte("The quick brown fox jumps over the lazy dog")))
	m := md5.New()
	io.Copy(m, strings.NewReader(strings.Repeat("a", 1000)))
	fmt.Printf("%x\n", m.Sum(nil))
	fmt.Printf("%x\n", sha1.Sum([]byte("abc")))
	s1 := sha1.New()
	s1.Write(bytes.Repeat([]byte("x"), 200))
	fmt.Printf("%x\n", s1.Sum([]byte("prefix")))

	// encoding/binary.
	buf := make([]byte, 8)
	binary.BigEndian.PutUint32(buf, 0xdeadbeef)
	binary.LittleEndian.PutUint16(buf[4:], 0x1234)
	fmt.Println(buf, binary.BigEndian.Uint32(buf), binary.LittleEndian.Uint16(buf[4:]))
	b2 := binary.BigEndian.AppendUint64(nil, 1<<40+5)
	fmt.Println(b2, binary.BigEndian.String())
	vb := binary.AppendUvarint(nil, 300)
	vb = binary.AppendVarint(vb, -129)
	u, n := binary.Uvarint(vb)
	v, n2 := binary.Varint(vb[n:])
	fmt.Println(vb, u, n, v, n2, binary.PutUvarint(make([]byte, 10), 1<<63))
	var out bytes.Buffer
	hd := header{Magic: 0xCAFEBABE, Version: 3, Flags: [2]uint8{1, 2}, Size: -42, Ratio: 1.5}
	fmt.Println(binary.Write(&out, binary.LittleEndian, hd), out.Len(), binary.Size(hd))
	fmt.Printf("% x\n", out.Bytes())
	var back header
	fmt.Println(binary.Read(bytes.NewReader(out.Bytes()), binary.LittleEndian, &back), back == hd, back)
	var xs []uint16 = make([]uint16, 3)
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 0, 2, 0, 3}), binary.LittleEndian, xs), xs)
	enc, err := binary.Append(nil, binary.BigEndian, []int32{-1, 2})
	fmt.Println(enc, err)
	fmt.Println(binary.Write(&out, binary.BigEndian, "no strings"))
	rv, err := binary.ReadUvarint(bytes.NewReader([]byte{0xff, 0xff}))
	fmt.Println(rv, err)

	// hash/maphash: equal inputs hash equally under one seed.
	seed := maphash.MakeSeed()
	fmt.Println(maphash.String(seed, "abc") == maphash.String(seed, "ab"+"c"), maphash.Bytes(seed, []byte("abc")) == maphash.String(seed, "abc"))
	var mh maphash.Hash
	mh.SetSeed(seed)
	mh.WriteString("abc")
	fmt.Println(mh.Sum64() == maphash.String(seed, "abc"))
	fmt.Println(maphash.Comparable(seed, [2]int{1, 2}) == maphash.Comparable(seed, [2]int{1, 2}))

}
