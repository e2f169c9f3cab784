// The playground has no GODEBUG environment; it runs with its own settings (math/rand reproducible), the rest at their defaults.
//std:exclude *

// Package godebug is the part of internal/godebug the standard library
// calls: settings that hold the playground's values.
package godebug

// A Setting is a GODEBUG setting.
type Setting struct{ name string }

// New returns the setting called name ("#name" for one that is not
// reported as used).
func New(name string) *Setting {
	if len(name) > 0 && name[0] == '#' {
		name = name[1:]
	}
	return &Setting{name: name}
}

// Name is the setting's name.
func (s *Setting) Name() string { return s.name }

// Value is the setting's value: math/rand's top-level functions start
// seeded with 1 and honour Seed, as with randautoseed=0 and randseednop=0,
// so that a run is reproducible; every other setting is at its default,
// which Go's packages read as "".
func (s *Setting) Value() string {
	switch s.name {
	case "randautoseed", "randseednop":
		return "0"
	}
	return ""
}

// String is name=value, as Go prints a setting.
func (s *Setting) String() string { return s.name + "=" + s.Value() }

// IncNonDefault counts a use of a non-default value; there are none.
func (s *Setting) IncNonDefault() {}
