// Writing to a nil map panics; reading, len, delete and range are fine.
package main

import "fmt"

type Registry struct {
	byName map[string]int
}

func (r *Registry) Lookup(name string) (int, bool) {
	v, ok := r.byName[name]
	return v, ok
}

func (r *Registry) Add(name string, v int) {
	fmt.Println("adding", name)
	r.byName[name] = v
}

func main() {
	var r Registry
	v, ok := r.Lookup("x")
	fmt.Println("lookup on nil map:", v, ok, len(r.byName))
	delete(r.byName, "x")
	for k := range r.byName {
		fmt.Println(k)
	}
	fmt.Println("nil map prints as", r.byName, r.byName == nil)
	r.Add("first", 1)
	fmt.Println("not reached")
}
