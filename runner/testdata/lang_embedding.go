// Struct embedding and method promotion, through values, pointers and interfaces.
package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string    { return a.Name + " makes a sound" }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Describe() string { return "animal " + a.Name }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Logger interface{ Log(string) string }

type prefixLogger struct{ prefix string }

func (p prefixLogger) Log(s string) string { return p.prefix + s }

type Service struct {
	Logger
	*Animal
	calls int
}

type Speaker interface{ Speak() string }

type Base struct{ ID int }

func (b *Base) SetID(i int) { b.ID = i }
func (b Base) GetID() int   { return b.ID }

type Mid struct{ Base }
type Top struct {
	Mid
	Extra string
}

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Speak(), "|", d.Animal.Speak(), "|", d.Describe())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	fmt.Printf("%+v\n", d)
	var sp Speaker = d
	fmt.Println(sp.Speak())
	sp = &d
	fmt.Println(sp.Speak())
	sp = d.Animal
	fmt.Println(sp.Speak())
	s := Service{Logger: prefixLogger{"[svc] "}, Animal: &Animal{"Bot"}}
	fmt.Println(s.Log("hello"), s.Speak(), s.Name)
	s.Rename("Bot2")
	fmt.Println(s.Animal.Name, s.Describe())
	var l Logger = s
	fmt.Println(l.Log("via interface"))
	var t Top
	t.SetID(42)
	fmt.Println(t.GetID(), t.Mid.Base.ID, t.ID)
	tp := &t
	tp.SetID(7)
	fmt.Println(tp.GetID(), t.ID)
	fmt.Printf("%+v\n", t)
	type Named interface{ GetID() int }
	var n Named = t
	fmt.Println(n.GetID())
	type Setter interface{ SetID(int) }
	var st Setter = &t
	st.SetID(100)
	fmt.Println(t.ID, n.GetID())
	f := t.GetID
	t.SetID(5)
	fmt.Println(f(), t.GetID())
}
