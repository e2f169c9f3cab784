// SpecialCase, which strings and bytes use for their *Special functions, is kept with the host-backed tables: it is plain data a program builds.

package unicode

// CaseRange maps the runes Lo..Hi to other cases by Delta.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// d is the delta per case (UpperCase, LowerCase, TitleCase).
type d [MaxCase]rune

// SpecialCase is a language-specific case mapping, consulted before the
// standard one.
type SpecialCase []CaseRange

// ToUpper maps r to upper case, giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune { return special.to(UpperCase, r, ToUpper) }

// ToTitle maps r to title case, giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune { return special.to(TitleCase, r, ToTitle) }

// ToLower maps r to lower case, giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune { return special.to(LowerCase, r, ToLower) }

// to looks r up in the sorted ranges; an UpperLower delta alternates
// between upper (even offset) and lower case.
func (special SpecialCase) to(c int, r rune, standard func(rune) rune) rune {
	lo, hi := 0, len(special)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		cr := special[m]
		switch {
		case r < rune(cr.Lo):
			hi = m
		case r > rune(cr.Hi):
			lo = m + 1
		default:
			if delta := cr.Delta[c]; delta <= MaxRune {
				return r + delta
			}
			return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(c&1))
		}
	}
	return standard(r)
}
