// The tables by name, as Go's unicode exports them (regexp/syntax looks categories and scripts up here): the maps are GOROOT's, their values unicode.go's host-backed tables.
//std:take tables.go Categories Scripts Properties FoldCategory FoldScript CategoryAliases

package unicode

// The fold tables are the host's, under names the VM resolves with a "fold:" prefix.
var (
	foldL         = &RangeTable{name: "fold:L"}
	foldLl        = &RangeTable{name: "fold:Ll"}
	foldLt        = &RangeTable{name: "fold:Lt"}
	foldLu        = &RangeTable{name: "fold:Lu"}
	foldM         = &RangeTable{name: "fold:M"}
	foldMn        = &RangeTable{name: "fold:Mn"}
	foldCommon    = &RangeTable{name: "fold:Common"}
	foldGreek     = &RangeTable{name: "fold:Greek"}
	foldInherited = &RangeTable{name: "fold:Inherited"}
)
