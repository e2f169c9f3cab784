package vm

import (
	"encoding/binary"
	"sync"
)

// Time zones for time.LoadLocation. A playground program reads no host
// files, so Go's time package (compiled from GOROOT) gets its zone data
// from the VM: the TZif file of a zone, out of Go's own database
// (GOROOT's lib/time/zoneinfo.zip, which runner/std/gen copies into the
// embedded std), as a Go program on the Go playground finds it in GOROOT.

// ZoneSource returns that database, an uncompressed zip; the runner sets
// it. Nil, or a nil result, leaves LoadLocation with UTC and Local only.
var ZoneSource func() []byte

var zoneIndex struct {
	once   sync.Once
	byName map[string]string
}

// zoneData returns the TZif data of the named zone, "" if there is none.
func zoneData(name string) string {
	zoneIndex.once.Do(func() {
		var z []byte
		if ZoneSource != nil {
			z = ZoneSource()
		}
		zoneIndex.byName = readStoredZip(z)
	})
	return zoneIndex.byName[name]
}

// readStoredZip indexes the entries of a zip archive that stores them
// uncompressed, as Go's lib/time/mkzip.go writes the zone database: name →
// contents. What does not parse, or is compressed, is left out.
func readStoredZip(z []byte) map[string]string {
	const (
		endSig, dirSig, fileSig = 0x06054b50, 0x02014b50, 0x04034b50
		endLen, dirLen, fileLen = 22, 46, 30
	)
	out := map[string]string{}
	le := binary.LittleEndian
	if len(z) < endLen || le.Uint32(z[len(z)-endLen:]) != endSig {
		return out
	}
	all := string(z) // one copy; the entries are slices of it
	end := z[len(z)-endLen:]
	count, at := int(le.Uint16(end[10:])), int(le.Uint32(end[16:]))
	for ; count > 0 && at+dirLen <= len(z) && le.Uint32(z[at:]) == dirSig; count-- {
		h := z[at:]
		stored, size, header := le.Uint16(h[10:]) == 0, int(le.Uint32(h[20:])), int(le.Uint32(h[42:]))
		nameEnd := at + dirLen + int(le.Uint16(h[28:]))
		if nameEnd > len(z) {
			break
		}
		name := all[at+dirLen : nameEnd]
		at = nameEnd + int(le.Uint16(h[30:])) + int(le.Uint16(h[32:]))
		if !stored || header+fileLen > len(z) || le.Uint32(z[header:]) != fileSig {
			continue
		}
		start := header + fileLen + int(le.Uint16(z[header+26:])) + int(le.Uint16(z[header+28:]))
		if start+size <= len(z) {
			out[name] = all[start : start+size]
		}
	}
	return out
}

func init() {
	register("time.zoneData", func(c *Ctx, args []Value) Value { return strVal(zoneData(args[0].Str())) })
}
