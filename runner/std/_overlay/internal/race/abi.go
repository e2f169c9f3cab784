// The VM has its own race detector (runner/vm/race.go); dropping the two functions that take an *abi.Type keeps internal/abi out.
//std:remove ReadObjectPC WriteObjectPC

package race
