// A playground program reads no host files and has no $TZ: Local is UTC from the start (not set up lazily under a sync.Once, whose atomic load would make every Format a scheduling point), and LoadLocation reads Go's zone database from the VM.
//std:exclude zoneinfo_js.go sys_unix.go
//std:remove loadLocation loadTzinfo loadTzinfoFromDirOrZip loadTzinfoFromZip readFile

package time

import "errors"

// localLoc is what Local points to: UTC under the name "UTC", which is
// what Go falls back to when neither $TZ nor /etc/localtime names a zone.
var localLoc = Location{name: "UTC"}

// get resolves a nil Location to UTC. Local needs no lazy set-up here.
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// LoadLocation returns UTC for "" and "UTC" and Local for "Local", and
// rejects malformed names with Go's error. Other names are looked up in
// Go's time zone database (GOROOT's lib/time/zoneinfo.zip, which the Go
// playground reads too); a name it lacks gets Go's "unknown time zone
// NAME".
func LoadLocation(name string) (*Location, error) {
	switch {
	case name == "" || name == "UTC":
		return UTC, nil
	case name == "Local":
		return Local, nil
	case containsDotDot(name) || name[0] == '/' || name[0] == '\\':
		return nil, errLocation
	}
	if data := zoneData(name); data != "" {
		return LoadLocationFromTZData(name, []byte(data))
	}
	return nil, errors.New("unknown time zone " + name)
}

// zoneData is the VM's copy of the named zone's TZif file (runner/vm/zones.go),
// "" if Go's database has no such zone.
func zoneData(name string) string
