// Structs: literals, zero values, comparison, copying, anonymous structs.
package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Addr    Address
	Tags    []string
	private bool
}

func birthday(p Person) Person {
	p.Age++
	return p
}

func main() {
	var zero Person
	fmt.Printf("%v|%+v\n", zero, zero)
	p := Person{Name: "Ada", Age: 36, Addr: Address{"London", 1815}}
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p.Addr)
	q := p
	q.Addr.City = "Paris"
	q.Tags = append(q.Tags, "x")
	fmt.Println(p.Addr.City, q.Addr.City, p.Tags, q.Tags)
	older := birthday(p)
	fmt.Println(p.Age, older.Age)
	a1 := Address{"Rome", 100}
	a2 := Address{City: "Rome", Zip: 100}
	fmt.Println(a1 == a2, a1 != Address{}, Address{} == Address{"", 0})
	anon := struct {
		X, Y int
		L    string
	}{1, 2, "pt"}
	fmt.Println(anon, anon.X+anon.Y)
	fmt.Printf("%+v %T\n", anon, anon)
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}}
	fmt.Println(pts)
	type Empty struct{}
	fmt.Println(Empty{}, Empty{} == Empty{}, [3]Empty{})
	pp := &p
	pp.Age = 99
	(*pp).Name = "Grace"
	fmt.Println(p.Name, p.Age, pp.Addr.Zip)
	fmt.Printf("%+v\n", pp)
	fmt.Printf("%v\n", &a1)
	np := new(Person)
	np.Tags = []string{"t"}
	fmt.Printf("%+v\n", *np)
	type Node struct {
		Val  int
		Next *Node
	}
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	type Inner struct{ A [2]int }
	type Outer struct {
		I Inner
		S string
	}
	o1, o2 := Outer{Inner{[2]int{1, 2}}, "s"}, Outer{Inner{[2]int{1, 2}}, "s"}
	fmt.Println(o1 == o2, o1)
	o2.I.A[1] = 3
	fmt.Println(o1 == o2, o2)
}
