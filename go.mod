module interleave

go 1.26.0

require (
	github.com/hack-pad/go-indexeddb v0.3.2
	golang.org/x/sync v0.24.0
	golang.org/x/time v0.16.0
	golang.org/x/tools v0.52.0
	honnef.co/go/js/dom/v2 v2.0.0-20231112215516-51f43a291193
)

require github.com/hack-pad/safejs v0.1.0 // indirect
