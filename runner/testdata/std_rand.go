// math/rand and math/rand/v2 with explicit seeds: the same numbers as Go.
// The go:debug lines make real Go's top-level math/rand functions start
// seeded with 1 and honour Seed, as Interleave's always do.

//go:debug randautoseed=0
//go:debug randseednop=0
package main

import (
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
)

func main() {
	// math/rand
	r := rand.New(rand.NewSource(42))
	fmt.Println("Intn:", r.Intn(100), r.Intn(100), r.Intn(1_000_000), r.Intn(1<<40))
	fmt.Println("Int:", r.Int(), r.Int63(), r.Int31(), r.Uint32(), r.Uint64())
	fmt.Println("Int63n/Int31n:", r.Int63n(1000), r.Int31n(7), r.Int63n(1<<20), r.Int31n(1<<10))
	fmt.Println("Float64:", r.Float64(), r.Float64())
	fmt.Println("Float32:", r.Float32())
	fmt.Println("Perm:", r.Perm(10))
	words := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println("Shuffle:", words)
	fmt.Println("Norm/Exp:", r.NormFloat64(), r.ExpFloat64())
	b := make([]byte, 10)
	n, err := r.Read(b)
	fmt.Println("Read:", n, err, b)

	r.Seed(7)
	first := r.Intn(1000)
	r.Seed(7)
	fmt.Println("reseed:", first, r.Intn(1000))

	for _, seed := range []int64{0, 1, -5, 1 << 40} {
		s := rand.NewSource(seed)
		fmt.Println("source", seed, s.Int63(), s.(rand.Source64).Uint64())
	}

	z := rand.NewZipf(rand.New(rand.NewSource(3)), 1.5, 2, 100)
	fmt.Println("Zipf:", z.Uint64(), z.Uint64(), z.Uint64())

	// The top-level functions, seeded with 1.
	fmt.Println("top Intn:", rand.Intn(10), rand.Intn(10), rand.Int63(), rand.Float64())
	fmt.Println("top Perm:", rand.Perm(6))
	rand.Seed(99)
	fmt.Println("top after Seed(99):", rand.Intn(1000), rand.Int31n(50), rand.Uint32())

	// math/rand/v2
	p := randv2.New(randv2.NewPCG(1, 2))
	fmt.Println("v2 IntN:", p.IntN(100), p.IntN(100), p.IntN(1_000_000), p.Int64N(1<<50))
	fmt.Println("v2 Uint64:", p.Uint64(), p.Int(), p.Int32(), p.Uint32(), p.Uint32N(9), p.UintN(33))
	fmt.Println("v2 Float64:", p.Float64(), p.Float32())
	fmt.Println("v2 Perm:", p.Perm(10))
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	p.Shuffle(len(nums), func(i, j int) { nums[i], nums[j] = nums[j], nums[i] })
	fmt.Println("v2 Shuffle:", nums)
	fmt.Println("v2 Norm/Exp:", p.NormFloat64(), p.ExpFloat64())

	pcg := randv2.NewPCG(5, 6)
	fmt.Println("PCG:", pcg.Uint64(), pcg.Uint64())
	enc, _ := pcg.MarshalBinary()
	var pcg2 randv2.PCG
	fmt.Println("PCG round trip:", pcg2.UnmarshalBinary(enc), pcg2.Uint64() == pcg.Uint64())
	pcg.Seed(5, 6)
	fmt.Println("PCG reseed:", pcg.Uint64())

	q := randv2.New(randv2.NewPCG(9, 9))
	fmt.Println("v2 N via Rand:", q.IntN(5), q.Uint64N(1<<63+5))
}
