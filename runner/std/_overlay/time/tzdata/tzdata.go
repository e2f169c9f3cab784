// Go's time/tzdata embeds the zone database through syscall and a runtime hook; the playground's LoadLocation already reads Go's database from the VM, so importing it changes nothing.
//std:exclude *

// Package tzdata is importable so that programs which embed the time zone
// database (import _ "time/tzdata") run unchanged: time.LoadLocation here
// already finds every zone of Go's database (runner/vm/zones.go), which is
// what importing tzdata gives a real program.
package tzdata
