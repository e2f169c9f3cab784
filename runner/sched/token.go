package sched

import (
	"encoding/binary"
	"strings"
)

// A run in which plain memory accesses are scheduling points (race-directed
// or fine-grained exploration, see vm/visible.go) makes choices at them, so
// its token must say which accesses were visible, or a replay would diverge.
// Such tokens carry the view ahead of the picks:
//
//	"s2." base64url(deflate(flags, n, site₁, site₂-site₁, …, siteₙ-siteₙ₋₁, picks…))
//
// all unsigned varints; flags bit 0 is fine-grained. Runs without visible
// accesses keep the shorter "s1." tokens.
const viewPrefix = "s2."

// maxTokenSites bounds the sites a token may name, against hostile input.
const maxTokenSites = 1 << 20

// EncodeView is Encode for a run under a view: fine-grained, and the
// visible access sites (ascending IDs). Without either it is Encode.
// picks is vm.Choices.Picks.
func EncodeView(picks []byte, fine bool, sites []int) string {
	if !fine && len(sites) == 0 {
		return Encode(picks)
	}
	flags := uint64(0)
	if fine {
		flags = 1
	}
	raw := make([]byte, 0, len(picks)+binary.MaxVarintLen64*(2+len(sites)))
	raw = binary.AppendUvarint(raw, flags)
	raw = binary.AppendUvarint(raw, uint64(len(sites)))
	prev := 0
	for _, s := range sites {
		raw = binary.AppendUvarint(raw, uint64(s-prev))
		prev = s
	}
	raw = append(raw, picks...)
	return viewPrefix + deflate(raw)
}

// View is the part of a token that says which accesses were visible.
type View struct {
	Fine  bool
	Sites []int // ascending
}

// DecodeView parses a schedule token into its picks and view (zero for an
// "s1." token).
func DecodeView(token string) ([]int, View, error) {
	var v View
	switch {
	case strings.HasPrefix(token, tokenPrefix):
		raw, err := inflate(token[len(tokenPrefix):])
		if err != nil {
			return nil, v, err
		}
		picks, err := decodePicks(raw)
		return picks, v, err
	case strings.HasPrefix(token, viewPrefix):
		raw, err := inflate(token[len(viewPrefix):])
		if err != nil {
			return nil, v, err
		}
		next := func() (uint64, bool) {
			x, n := binary.Uvarint(raw)
			if n <= 0 {
				return 0, false
			}
			raw = raw[n:]
			return x, true
		}
		flags, ok1 := next()
		n, ok2 := next()
		if !ok1 || !ok2 || flags > 1 || n > maxTokenSites {
			return nil, v, ErrBadToken
		}
		v.Fine = flags == 1
		site := uint64(0)
		for i := uint64(0); i < n; i++ {
			d, ok := next()
			if !ok || (i > 0 && d == 0) || site+d >= maxTokenSites {
				return nil, v, ErrBadToken
			}
			site += d
			v.Sites = append(v.Sites, int(site))
		}
		picks, err := decodePicks(raw)
		return picks, v, err
	}
	return nil, v, ErrBadToken
}
