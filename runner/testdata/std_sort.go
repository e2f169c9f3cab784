// The sort package: Ints, Strings, Slice, SliceStable, Sort with sort.Interface, Search.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, -1, 9, 0, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple", ""}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}, {"Fay", 25}}
	stable := append([]Person(nil), people...)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].Age < stable[j].Age })
	fmt.Println("stable by age:", stable)
	byName := append([]Person(nil), people...)
	sort.Slice(byName, func(i, j int) bool { return byName[i].Name > byName[j].Name })
	fmt.Println("by name desc:", byName)
	multi := append([]Person(nil), people...)
	sort.Slice(multi, func(i, j int) bool {
		if multi[i].Age != multi[j].Age {
			return multi[i].Age > multi[j].Age
		}
		return multi[i].Name < multi[j].Name
	})
	fmt.Println("age desc, name asc:", multi)
	iface := append(ByAge(nil), people...)
	sort.Stable(iface)
	fmt.Println("sort.Stable(ByAge):", iface)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println("reversed:", ints)
	sort.Sort(sort.StringSlice(strs))
	fmt.Println(strs, sort.StringsAreSorted(strs))
	sorted := []int{1, 3, 5, 7, 9, 11}
	for _, x := range []int{0, 1, 4, 9, 12} {
		i := sort.SearchInts(sorted, x)
		j := sort.Search(len(sorted), func(k int) bool { return sorted[k] >= x })
		fmt.Printf("search %d -> %d %d found=%v\n", x, i, j, i < len(sorted) && sorted[i] == x)
	}
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
	idx, found := sort.Find(len(sorted), func(k int) int { return 7 - sorted[k] })
	fmt.Println(idx, found)
	words := []string{"ccc", "a", "bb", "dddd", "ee", "f"}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	big := make([]int, 50)
	for i := range big {
		big[i] = (i * 37) % 50
	}
	sort.Ints(big)
	fmt.Println(big[:10], big[40:])
}
