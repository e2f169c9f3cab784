//go:build !js

package std

import "embed"

// The sources _gen is generated from, to tell a stale _gen (see stale.go).
// The browser's build leaves them out: web/build.sh always generates
// _gen first.
//
//go:embed all:_overlay gen/*.go
var inputsFS embed.FS

func init() { inputs = inputsFS }
