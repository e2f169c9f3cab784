// Go's unicode tables cost seconds to check, build and initialise in the VM on every compile; here they are the host's, by name, behind intrinsics.
//std:exclude *
//std:take graphic.go GraphicRanges PrintRanges
//std:take letter.go Range16 Range32

// Package unicode is Interleave's subset of the standard unicode package:
// the classification and case-mapping functions, implemented as VM
// intrinsics that call the host's unicode, and every category, script and
// property table by name. A RangeTable here is opaque: its ranges cannot
// be read or built by programs.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// If the Delta field of a CaseRange is UpperLower, it means
// this CaseRange represents a sequence of the form (say)
// Upper Lower Upper Lower.
const (
	UpperLower = MaxRune + 1 // (Cannot be a valid delta.)
)

// Version is the Unicode edition from which the tables are derived.
const Version = "15.0.0"

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set. A table a program builds is searched here, in
// Go; the package's own tables name one of the host's tables instead and
// carry no ranges (regexp/syntax asks the VM for them).
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1

	name string // the host's table, for the package's own tables
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.name != "" {
		return isHost(rangeTab.name, r)
	}
	for _, g := range rangeTab.R16 {
		if r >= rune(g.Lo) && r <= rune(g.Hi) {
			return g.Stride == 1 || (r-rune(g.Lo))%rune(g.Stride) == 0
		}
	}
	for _, g := range rangeTab.R32 {
		if r >= rune(g.Lo) && r <= rune(g.Hi) {
			return g.Stride == 1 || (r-rune(g.Lo))%rune(g.Stride) == 0
		}
	}
	return false
}

// isHost reports whether r is in the host's table of that name.
func isHost(name string, r rune) bool

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
// The function "In" provides a nicer signature and should be used in preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// Classification and case mapping: VM intrinsics.

func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func SimpleFold(r rune) rune
func To(_case int, r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune

// The category, script and property tables.
var (
	Cc                                 = &RangeTable{name: "Cc"}
	Cf                                 = &RangeTable{name: "Cf"}
	Cn                                 = &RangeTable{name: "Cn"}
	Co                                 = &RangeTable{name: "Co"}
	Cs                                 = &RangeTable{name: "Cs"}
	Digit                              = &RangeTable{name: "Nd"}
	Nd                                 = Digit
	LC                                 = &RangeTable{name: "LC"}
	Letter                             = &RangeTable{name: "L"}
	L                                  = Letter
	Lm                                 = &RangeTable{name: "Lm"}
	Lo                                 = &RangeTable{name: "Lo"}
	Lower                              = &RangeTable{name: "Ll"}
	Ll                                 = Lower
	Mark                               = &RangeTable{name: "M"}
	M                                  = Mark
	Mc                                 = &RangeTable{name: "Mc"}
	Me                                 = &RangeTable{name: "Me"}
	Mn                                 = &RangeTable{name: "Mn"}
	Nl                                 = &RangeTable{name: "Nl"}
	No                                 = &RangeTable{name: "No"}
	Number                             = &RangeTable{name: "N"}
	N                                  = Number
	Other                              = &RangeTable{name: "C"}
	C                                  = Other
	Pc                                 = &RangeTable{name: "Pc"}
	Pd                                 = &RangeTable{name: "Pd"}
	Pe                                 = &RangeTable{name: "Pe"}
	Pf                                 = &RangeTable{name: "Pf"}
	Pi                                 = &RangeTable{name: "Pi"}
	Po                                 = &RangeTable{name: "Po"}
	Ps                                 = &RangeTable{name: "Ps"}
	Punct                              = &RangeTable{name: "P"}
	P                                  = Punct
	Sc                                 = &RangeTable{name: "Sc"}
	Sk                                 = &RangeTable{name: "Sk"}
	Sm                                 = &RangeTable{name: "Sm"}
	So                                 = &RangeTable{name: "So"}
	Space                              = &RangeTable{name: "Z"}
	Z                                  = Space
	Symbol                             = &RangeTable{name: "S"}
	S                                  = Symbol
	Title                              = &RangeTable{name: "Lt"}
	Lt                                 = Title
	Upper                              = &RangeTable{name: "Lu"}
	Lu                                 = Upper
	Zl                                 = &RangeTable{name: "Zl"}
	Zp                                 = &RangeTable{name: "Zp"}
	Zs                                 = &RangeTable{name: "Zs"}
	Adlam                              = &RangeTable{name: "Adlam"}
	Ahom                               = &RangeTable{name: "Ahom"}
	Anatolian_Hieroglyphs              = &RangeTable{name: "Anatolian_Hieroglyphs"}
	Arabic                             = &RangeTable{name: "Arabic"}
	Armenian                           = &RangeTable{name: "Armenian"}
	Avestan                            = &RangeTable{name: "Avestan"}
	Balinese                           = &RangeTable{name: "Balinese"}
	Bamum                              = &RangeTable{name: "Bamum"}
	Bassa_Vah                          = &RangeTable{name: "Bassa_Vah"}
	Batak                              = &RangeTable{name: "Batak"}
	Bengali                            = &RangeTable{name: "Bengali"}
	Bhaiksuki                          = &RangeTable{name: "Bhaiksuki"}
	Bopomofo                           = &RangeTable{name: "Bopomofo"}
	Brahmi                             = &RangeTable{name: "Brahmi"}
	Braille                            = &RangeTable{name: "Braille"}
	Buginese                           = &RangeTable{name: "Buginese"}
	Buhid                              = &RangeTable{name: "Buhid"}
	Canadian_Aboriginal                = &RangeTable{name: "Canadian_Aboriginal"}
	Carian                             = &RangeTable{name: "Carian"}
	Caucasian_Albanian                 = &RangeTable{name: "Caucasian_Albanian"}
	Chakma                             = &RangeTable{name: "Chakma"}
	Cham                               = &RangeTable{name: "Cham"}
	Cherokee                           = &RangeTable{name: "Cherokee"}
	Chorasmian                         = &RangeTable{name: "Chorasmian"}
	Common                             = &RangeTable{name: "Common"}
	Coptic                             = &RangeTable{name: "Coptic"}
	Cuneiform                          = &RangeTable{name: "Cuneiform"}
	Cypriot                            = &RangeTable{name: "Cypriot"}
	Cypro_Minoan                       = &RangeTable{name: "Cypro_Minoan"}
	Cyrillic                           = &RangeTable{name: "Cyrillic"}
	Deseret                            = &RangeTable{name: "Deseret"}
	Devanagari                         = &RangeTable{name: "Devanagari"}
	Dives_Akuru                        = &RangeTable{name: "Dives_Akuru"}
	Dogra                              = &RangeTable{name: "Dogra"}
	Duployan                           = &RangeTable{name: "Duployan"}
	Egyptian_Hieroglyphs               = &RangeTable{name: "Egyptian_Hieroglyphs"}
	Elbasan                            = &RangeTable{name: "Elbasan"}
	Elymaic                            = &RangeTable{name: "Elymaic"}
	Ethiopic                           = &RangeTable{name: "Ethiopic"}
	Georgian                           = &RangeTable{name: "Georgian"}
	Glagolitic                         = &RangeTable{name: "Glagolitic"}
	Gothic                             = &RangeTable{name: "Gothic"}
	Grantha                            = &RangeTable{name: "Grantha"}
	Greek                              = &RangeTable{name: "Greek"}
	Gujarati                           = &RangeTable{name: "Gujarati"}
	Gunjala_Gondi                      = &RangeTable{name: "Gunjala_Gondi"}
	Gurmukhi                           = &RangeTable{name: "Gurmukhi"}
	Han                                = &RangeTable{name: "Han"}
	Hangul                             = &RangeTable{name: "Hangul"}
	Hanifi_Rohingya                    = &RangeTable{name: "Hanifi_Rohingya"}
	Hanunoo                            = &RangeTable{name: "Hanunoo"}
	Hatran                             = &RangeTable{name: "Hatran"}
	Hebrew                             = &RangeTable{name: "Hebrew"}
	Hiragana                           = &RangeTable{name: "Hiragana"}
	Imperial_Aramaic                   = &RangeTable{name: "Imperial_Aramaic"}
	Inherited                          = &RangeTable{name: "Inherited"}
	Inscriptional_Pahlavi              = &RangeTable{name: "Inscriptional_Pahlavi"}
	Inscriptional_Parthian             = &RangeTable{name: "Inscriptional_Parthian"}
	Javanese                           = &RangeTable{name: "Javanese"}
	Kaithi                             = &RangeTable{name: "Kaithi"}
	Kannada                            = &RangeTable{name: "Kannada"}
	Katakana                           = &RangeTable{name: "Katakana"}
	Kawi                               = &RangeTable{name: "Kawi"}
	Kayah_Li                           = &RangeTable{name: "Kayah_Li"}
	Kharoshthi                         = &RangeTable{name: "Kharoshthi"}
	Khitan_Small_Script                = &RangeTable{name: "Khitan_Small_Script"}
	Khmer                              = &RangeTable{name: "Khmer"}
	Khojki                             = &RangeTable{name: "Khojki"}
	Khudawadi                          = &RangeTable{name: "Khudawadi"}
	Lao                                = &RangeTable{name: "Lao"}
	Latin                              = &RangeTable{name: "Latin"}
	Lepcha                             = &RangeTable{name: "Lepcha"}
	Limbu                              = &RangeTable{name: "Limbu"}
	Linear_A                           = &RangeTable{name: "Linear_A"}
	Linear_B                           = &RangeTable{name: "Linear_B"}
	Lisu                               = &RangeTable{name: "Lisu"}
	Lycian                             = &RangeTable{name: "Lycian"}
	Lydian                             = &RangeTable{name: "Lydian"}
	Mahajani                           = &RangeTable{name: "Mahajani"}
	Makasar                            = &RangeTable{name: "Makasar"}
	Malayalam                          = &RangeTable{name: "Malayalam"}
	Mandaic                            = &RangeTable{name: "Mandaic"}
	Manichaean                         = &RangeTable{name: "Manichaean"}
	Marchen                            = &RangeTable{name: "Marchen"}
	Masaram_Gondi                      = &RangeTable{name: "Masaram_Gondi"}
	Medefaidrin                        = &RangeTable{name: "Medefaidrin"}
	Meetei_Mayek                       = &RangeTable{name: "Meetei_Mayek"}
	Mende_Kikakui                      = &RangeTable{name: "Mende_Kikakui"}
	Meroitic_Cursive                   = &RangeTable{name: "Meroitic_Cursive"}
	Meroitic_Hieroglyphs               = &RangeTable{name: "Meroitic_Hieroglyphs"}
	Miao                               = &RangeTable{name: "Miao"}
	Modi                               = &RangeTable{name: "Modi"}
	Mongolian                          = &RangeTable{name: "Mongolian"}
	Mro                                = &RangeTable{name: "Mro"}
	Multani                            = &RangeTable{name: "Multani"}
	Myanmar                            = &RangeTable{name: "Myanmar"}
	Nabataean                          = &RangeTable{name: "Nabataean"}
	Nag_Mundari                        = &RangeTable{name: "Nag_Mundari"}
	Nandinagari                        = &RangeTable{name: "Nandinagari"}
	New_Tai_Lue                        = &RangeTable{name: "New_Tai_Lue"}
	Newa                               = &RangeTable{name: "Newa"}
	Nko                                = &RangeTable{name: "Nko"}
	Nushu                              = &RangeTable{name: "Nushu"}
	Nyiakeng_Puachue_Hmong             = &RangeTable{name: "Nyiakeng_Puachue_Hmong"}
	Ogham                              = &RangeTable{name: "Ogham"}
	Ol_Chiki                           = &RangeTable{name: "Ol_Chiki"}
	Old_Hungarian                      = &RangeTable{name: "Old_Hungarian"}
	Old_Italic                         = &RangeTable{name: "Old_Italic"}
	Old_North_Arabian                  = &RangeTable{name: "Old_North_Arabian"}
	Old_Permic                         = &RangeTable{name: "Old_Permic"}
	Old_Persian                        = &RangeTable{name: "Old_Persian"}
	Old_Sogdian                        = &RangeTable{name: "Old_Sogdian"}
	Old_South_Arabian                  = &RangeTable{name: "Old_South_Arabian"}
	Old_Turkic                         = &RangeTable{name: "Old_Turkic"}
	Old_Uyghur                         = &RangeTable{name: "Old_Uyghur"}
	Oriya                              = &RangeTable{name: "Oriya"}
	Osage                              = &RangeTable{name: "Osage"}
	Osmanya                            = &RangeTable{name: "Osmanya"}
	Pahawh_Hmong                       = &RangeTable{name: "Pahawh_Hmong"}
	Palmyrene                          = &RangeTable{name: "Palmyrene"}
	Pau_Cin_Hau                        = &RangeTable{name: "Pau_Cin_Hau"}
	Phags_Pa                           = &RangeTable{name: "Phags_Pa"}
	Phoenician                         = &RangeTable{name: "Phoenician"}
	Psalter_Pahlavi                    = &RangeTable{name: "Psalter_Pahlavi"}
	Rejang                             = &RangeTable{name: "Rejang"}
	Runic                              = &RangeTable{name: "Runic"}
	Samaritan                          = &RangeTable{name: "Samaritan"}
	Saurashtra                         = &RangeTable{name: "Saurashtra"}
	Sharada                            = &RangeTable{name: "Sharada"}
	Shavian                            = &RangeTable{name: "Shavian"}
	Siddham                            = &RangeTable{name: "Siddham"}
	SignWriting                        = &RangeTable{name: "SignWriting"}
	Sinhala                            = &RangeTable{name: "Sinhala"}
	Sogdian                            = &RangeTable{name: "Sogdian"}
	Sora_Sompeng                       = &RangeTable{name: "Sora_Sompeng"}
	Soyombo                            = &RangeTable{name: "Soyombo"}
	Sundanese                          = &RangeTable{name: "Sundanese"}
	Syloti_Nagri                       = &RangeTable{name: "Syloti_Nagri"}
	Syriac                             = &RangeTable{name: "Syriac"}
	Tagalog                            = &RangeTable{name: "Tagalog"}
	Tagbanwa                           = &RangeTable{name: "Tagbanwa"}
	Tai_Le                             = &RangeTable{name: "Tai_Le"}
	Tai_Tham                           = &RangeTable{name: "Tai_Tham"}
	Tai_Viet                           = &RangeTable{name: "Tai_Viet"}
	Takri                              = &RangeTable{name: "Takri"}
	Tamil                              = &RangeTable{name: "Tamil"}
	Tangsa                             = &RangeTable{name: "Tangsa"}
	Tangut                             = &RangeTable{name: "Tangut"}
	Telugu                             = &RangeTable{name: "Telugu"}
	Thaana                             = &RangeTable{name: "Thaana"}
	Thai                               = &RangeTable{name: "Thai"}
	Tibetan                            = &RangeTable{name: "Tibetan"}
	Tifinagh                           = &RangeTable{name: "Tifinagh"}
	Tirhuta                            = &RangeTable{name: "Tirhuta"}
	Toto                               = &RangeTable{name: "Toto"}
	Ugaritic                           = &RangeTable{name: "Ugaritic"}
	Vai                                = &RangeTable{name: "Vai"}
	Vithkuqi                           = &RangeTable{name: "Vithkuqi"}
	Wancho                             = &RangeTable{name: "Wancho"}
	Warang_Citi                        = &RangeTable{name: "Warang_Citi"}
	Yezidi                             = &RangeTable{name: "Yezidi"}
	Yi                                 = &RangeTable{name: "Yi"}
	Zanabazar_Square                   = &RangeTable{name: "Zanabazar_Square"}
	ASCII_Hex_Digit                    = &RangeTable{name: "ASCII_Hex_Digit"}
	Bidi_Control                       = &RangeTable{name: "Bidi_Control"}
	Dash                               = &RangeTable{name: "Dash"}
	Deprecated                         = &RangeTable{name: "Deprecated"}
	Diacritic                          = &RangeTable{name: "Diacritic"}
	Extender                           = &RangeTable{name: "Extender"}
	Hex_Digit                          = &RangeTable{name: "Hex_Digit"}
	Hyphen                             = &RangeTable{name: "Hyphen"}
	IDS_Binary_Operator                = &RangeTable{name: "IDS_Binary_Operator"}
	IDS_Trinary_Operator               = &RangeTable{name: "IDS_Trinary_Operator"}
	Ideographic                        = &RangeTable{name: "Ideographic"}
	Join_Control                       = &RangeTable{name: "Join_Control"}
	Logical_Order_Exception            = &RangeTable{name: "Logical_Order_Exception"}
	Noncharacter_Code_Point            = &RangeTable{name: "Noncharacter_Code_Point"}
	Other_Alphabetic                   = &RangeTable{name: "Other_Alphabetic"}
	Other_Default_Ignorable_Code_Point = &RangeTable{name: "Other_Default_Ignorable_Code_Point"}
	Other_Grapheme_Extend              = &RangeTable{name: "Other_Grapheme_Extend"}
	Other_ID_Continue                  = &RangeTable{name: "Other_ID_Continue"}
	Other_ID_Start                     = &RangeTable{name: "Other_ID_Start"}
	Other_Lowercase                    = &RangeTable{name: "Other_Lowercase"}
	Other_Math                         = &RangeTable{name: "Other_Math"}
	Other_Uppercase                    = &RangeTable{name: "Other_Uppercase"}
	Pattern_Syntax                     = &RangeTable{name: "Pattern_Syntax"}
	Pattern_White_Space                = &RangeTable{name: "Pattern_White_Space"}
	Prepended_Concatenation_Mark       = &RangeTable{name: "Prepended_Concatenation_Mark"}
	Quotation_Mark                     = &RangeTable{name: "Quotation_Mark"}
	Radical                            = &RangeTable{name: "Radical"}
	Regional_Indicator                 = &RangeTable{name: "Regional_Indicator"}
	STerm                              = &RangeTable{name: "Sentence_Terminal"}
	Sentence_Terminal                  = STerm
	Soft_Dotted                        = &RangeTable{name: "Soft_Dotted"}
	Terminal_Punctuation               = &RangeTable{name: "Terminal_Punctuation"}
	Unified_Ideograph                  = &RangeTable{name: "Unified_Ideograph"}
	Variation_Selector                 = &RangeTable{name: "Variation_Selector"}
	White_Space                        = &RangeTable{name: "White_Space"}
)
