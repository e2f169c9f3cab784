// GOROOT links these into the runtime (a per-goroutine FIPS service indicator, a fatal error); no playground program reads the indicator, so it stays unset and costs no shared state.

package fips140

// getIndicator is the goroutine's service indicator: always unset.
func getIndicator() uint8 { return indicatorUnset }

// setIndicator records nothing.
func setIndicator(uint8) {}

// fatal ends the program, as the runtime's fatal error would.
func fatal(msg string) { panic("fatal error: " + msg) }
