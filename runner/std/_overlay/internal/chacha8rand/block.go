// chacha8rand's block is assembly, or Go that reinterprets memory through unsafe; this is ChaCha8 as the C2SP chacha8rand spec lays it out, in plain Go. The CPU offsets go with the assembly, keeping internal/cpu out.
//std:remove offsetLOONG64HasLSX offsetRISCV64HasV

package chacha8rand

// block fills blocks with four ChaCha8 blocks for counters counter to
// counter+3, interleaved as the spec says: 32-bit word w of block i is
// element 4*w+i of blocks viewed as 128 little-endian uint32s, and the
// final key addition is skipped for the constants, counter and nonce words.
func block(seed *[4]uint64, blocks *[32]uint64, counter uint32) {
	var key [8]uint32
	for k, s := range seed {
		key[2*k], key[2*k+1] = uint32(s), uint32(s>>32)
	}
	var out [64]uint32
	for lane := range uint32(4) {
		x := [16]uint32{0x61707865, 0x3320646e, 0x79622d32, 0x6b206574}
		copy(x[4:12], key[:])
		x[12] = counter + lane
		for range 4 { // 4 double rounds: ChaCha8
			quarter(&x, 0, 4, 8, 12)
			quarter(&x, 1, 5, 9, 13)
			quarter(&x, 2, 6, 10, 14)
			quarter(&x, 3, 7, 11, 15)
			quarter(&x, 0, 5, 10, 15)
			quarter(&x, 1, 6, 11, 12)
			quarter(&x, 2, 7, 8, 13)
			quarter(&x, 3, 4, 9, 14)
		}
		for w, v := range x {
			if w >= 4 && w < 12 {
				v += key[w-4]
			}
			out[4*w+int(lane)] = v
		}
	}
	for j := range blocks {
		blocks[j] = uint64(out[2*j]) | uint64(out[2*j+1])<<32
	}
}

// quarter is ChaCha's quarter round on words a, b, c, d of x.
func quarter(x *[16]uint32, a, b, c, d int) {
	x[a] += x[b]
	x[d] = rotl(x[d]^x[a], 16)
	x[c] += x[d]
	x[b] = rotl(x[b]^x[c], 12)
	x[a] += x[b]
	x[d] = rotl(x[d]^x[a], 8)
	x[c] += x[d]
	x[b] = rotl(x[b]^x[c], 7)
}

func rotl(v uint32, n uint) uint32 { return v<<n | v>>(32-n) }
