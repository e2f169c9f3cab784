// badSetPath exists in GOROOT only as a go:linkname alias of (*URL).setPath for other modules; nothing in a program can reach it.
//std:remove badSetPath

package url
