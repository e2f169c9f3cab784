// A playground program has no time zone database and no $TZ: Local is UTC from the start (not set up lazily under a sync.Once, whose atomic load would make every Format a scheduling point), and LoadLocation knows only UTC and Local.
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
// rejects malformed names with Go's error. Any other name gets Go's answer
// on a machine without zoneinfo files (the playground reads no host
// files): "unknown time zone NAME". FixedZone and LoadLocationFromTZData
// work as in Go.
func LoadLocation(name string) (*Location, error) {
	switch {
	case name == "" || name == "UTC":
		return UTC, nil
	case name == "Local":
		return Local, nil
	case containsDotDot(name) || name[0] == '/' || name[0] == '\\':
		return nil, errLocation
	}
	return nil, errors.New("unknown time zone " + name)
}
