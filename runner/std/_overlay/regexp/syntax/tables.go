// Interleave's unicode tables name the host's and carry no ranges, which regexp's classes are built from: the tables regexp looks up get theirs here.
//std:rename unicodeTable unicodeTableByName

package syntax

import "unicode"

// unicodeTable is GOROOT's, with the ranges of the host's tables filled in.
func unicodeTable(name string) (tab, fold *unicode.RangeTable, sign int) {
	tab, fold, sign = unicodeTableByName(name)
	return withRanges(tab), withRanges(fold), sign
}

// withRanges returns a copy of a package table of unicode with the host's
// ranges, or t itself when it has ranges of its own (or is nil).
func withRanges(t *unicode.RangeTable) *unicode.RangeTable
