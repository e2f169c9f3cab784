package sched

import (
	"encoding/binary"
	"reflect"
	"strings"
	"testing"
)

func TestTokenView(t *testing.T) {
	choices := binary.AppendUvarint([]byte{1, 0, 3}, 200)
	picks := []int{1, 0, 3, 200}
	for _, c := range []struct {
		fine  bool
		sites []int
	}{{false, nil}, {false, []int{0}}, {false, []int{2, 5, 700}}, {true, nil}, {true, []int{1, 9}}} {
		tok := EncodeView(choices, c.fine, c.sites)
		if want := !c.fine && len(c.sites) == 0; strings.HasPrefix(tok, "s1.") != want {
			t.Errorf("%+v: token %s", c, tok)
		}
		got, v, err := DecodeView(tok)
		if err != nil || !reflect.DeepEqual(got, picks) || v.Fine != c.fine || !reflect.DeepEqual(v.Sites, c.sites) {
			t.Errorf("%+v: decoded %v %+v %v", c, got, v, err)
		}
		if p, err := Decode(tok); err != nil || !reflect.DeepEqual(p, picks) {
			t.Errorf("%+v: Decode: %v %v", c, p, err)
		}
	}
	// Hostile tokens: not base64, not deflate, bad flags, sites not
	// ascending, too many sites.
	for _, tok := range []string{"s2.!!", "s2.AAAA", "s3." + deflate([]byte{0, 0}),
		"s2." + deflate([]byte{2, 0}), "s2." + deflate([]byte{0, 2, 1, 0}), "s2." + deflate([]byte{0, 0xff, 0xff, 0xff, 0x7f})} {
		if _, _, err := DecodeView(tok); err == nil {
			t.Errorf("DecodeView(%q) accepted a bad token", tok)
		}
	}
}
