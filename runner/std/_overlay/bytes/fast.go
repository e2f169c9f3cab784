// bytes' searches that Go writes as Go code (reading the slice a byte at a time) are Go's own behind host fast paths (runner/vm/stdlib.go): the VM searches at once, except at a call race-directed exploration made visible, where Go's code reads the bytes one at a time, as in Go.

//std:rename Count countGo
//std:rename EqualFold equalFoldGo
//std:rename Index indexGo
//std:rename IndexAny indexAnyGo
//std:rename IndexRune indexRuneGo
//std:rename LastIndex lastIndexGo
//std:rename LastIndexAny lastIndexAnyGo
//std:rename LastIndexByte lastIndexByteGo

package bytes

func Count(s, sep []byte) int {
	if res, ok := countFast(s, sep); ok {
		return res
	}
	return countGo(s, sep)
}

func EqualFold(s, t []byte) bool {
	if res, ok := equalFoldFast(s, t); ok {
		return res
	}
	return equalFoldGo(s, t)
}

func Index(s, sep []byte) int {
	if res, ok := indexFast(s, sep); ok {
		return res
	}
	return indexGo(s, sep)
}

func IndexAny(s []byte, chars string) int {
	if res, ok := indexAnyFast(s, chars); ok {
		return res
	}
	return indexAnyGo(s, chars)
}

func IndexRune(s []byte, r rune) int {
	if res, ok := indexRuneFast(s, r); ok {
		return res
	}
	return indexRuneGo(s, r)
}

func LastIndex(s, sep []byte) int {
	if res, ok := lastIndexFast(s, sep); ok {
		return res
	}
	return lastIndexGo(s, sep)
}

func LastIndexAny(s []byte, chars string) int {
	if res, ok := lastIndexAnyFast(s, chars); ok {
		return res
	}
	return lastIndexAnyGo(s, chars)
}

func LastIndexByte(s []byte, c byte) int {
	if res, ok := lastIndexByteFast(s, c); ok {
		return res
	}
	return lastIndexByteGo(s, c)
}

// The fast paths: ok is false, and nothing searched, at a visible range
// site (a goroutine's stores may land between two of Go's reads there).

func countFast(s, sep []byte) (res int, ok bool)
func equalFoldFast(s, t []byte) (res bool, ok bool)
func indexFast(s, sep []byte) (res int, ok bool)
func indexAnyFast(s []byte, chars string) (res int, ok bool)
func indexRuneFast(s []byte, r rune) (res int, ok bool)
func lastIndexFast(s, sep []byte) (res int, ok bool)
func lastIndexAnyFast(s []byte, chars string) (res int, ok bool)
func lastIndexByteFast(s []byte, c byte) (res int, ok bool)
