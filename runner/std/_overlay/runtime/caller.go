// log asks the runtime for its caller's file and line; the VM answers from its frames, and knows lines in the program's own file only.

package runtime

// Caller reports the file and line of the frame skip levels above its
// caller (0: the caller itself). The VM has no program counters: pc is 0.
// An intrinsic.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Frame is what CallersFrames reports of one frame.
type Frame struct {
	PC       uintptr
	Function string
	File     string
	Line     int
}

// Frames walks program counters, which the VM does not have.
type Frames struct{}

// CallersFrames returns frames for pcs; there are none to report.
func CallersFrames(callers []uintptr) *Frames { return &Frames{} }

// Next reports that there is no frame.
func (ci *Frames) Next() (frame Frame, more bool) { return Frame{File: "???"}, false }
