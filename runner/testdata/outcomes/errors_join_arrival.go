// Two workers report errors over a channel; main joins them in arrival
// order with errors.Join, so the joined message lists them either way.
package main

import (
	"errors"
	"fmt"
)

func main() {
	errc := make(chan error)
	for _, name := range []string{"disk", "net"} {
		go func() { errc <- fmt.Errorf("%s failed", name) }()
	}
	var errs []error
	for range 2 {
		errs = append(errs, <-errc)
	}
	err := errors.Join(errs...)
	fmt.Printf("%q %v\n", err.Error(), errors.Is(err, errs[1]))
}
