// Go builds the joined message with unsafe.String, which the VM does not have; a conversion gives the same string.

package errors

// Error is the wrapped errors' messages, one a line, built in a string
// the VM can make without unsafe.String.
func (e *joinError) Error() string {
	msg := e.errs[0].Error()
	for _, err := range e.errs[1:] {
		msg += "\n" + err.Error()
	}
	return msg
}
