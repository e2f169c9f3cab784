// panic with a named string type prints the type and a quoted value.
package main

import "fmt"

type Reason string

func main() {
	rs := []Reason{"ok", "bad \"quoted\" input"}
	for _, r := range rs {
		fmt.Printf("%v %q %T\n", r, r, r)
	}
	panic(rs[1])
}
