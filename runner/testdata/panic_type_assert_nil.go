// Asserting a nil interface value panics with "interface is nil".
package main

import "fmt"

type Runner interface{ Run() string }

type job struct{ name string }

func (j job) Run() string { return "ran " + j.name }

func pick(i int) any {
	if i < 2 {
		return job{fmt.Sprint("job", i)}
	}
	return nil
}

func main() {
	for i := 0; i < 3; i++ {
		v := pick(i)
		fmt.Printf("pick(%d) = %v (%T)\n", i, v, v)
		r := v.(Runner)
		fmt.Println(r.Run())
	}
}
