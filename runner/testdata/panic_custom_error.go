// panic with a custom error value: the runtime prints its Error() text.
package main

import "fmt"

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d is out of range", e.Field, e.Value)
}

func validate(age int) error {
	if age < 0 || age > 150 {
		return &ValidationError{"age", age}
	}
	return nil
}

func mustValidate(age int) {
	if err := validate(age); err != nil {
		panic(err)
	}
	fmt.Println("age", age, "is valid")
}

func main() {
	for _, a := range []int{30, 0, 150, 200} {
		mustValidate(a)
	}
}
