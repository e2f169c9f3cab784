package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	var seed [32]byte
	copy(seed[:], "chacha8 seed for the playground!")
	c := rand.NewChaCha8(seed)
	for range 3 {
		fmt.Println(c.Uint64())
	}
	r := rand.New(c)
	fmt.Println(r.IntN(1000), r.Float64(), r.Perm(8))
	buf := make([]byte, 20)
	c.Read(buf)
	fmt.Println(buf)
	for range 300 {
		c.Uint64()
	}
	fmt.Println(c.Uint64())
	b, err := c.MarshalBinary()
	fmt.Println(len(b), err)
	c2 := rand.NewChaCha8([32]byte{})
	fmt.Println(c2.UnmarshalBinary(b), c2.Uint64() == c.Uint64())
	p := rand.NewPCG(1, 2)
	fmt.Println(p.Uint64(), p.Uint64())
	rp := rand.New(rand.NewPCG(42, 54))
	fmt.Println(rp.IntN(100), rp.Int64(), rp.NormFloat64(), rp.ExpFloat64())
}
