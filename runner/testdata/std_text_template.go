// text/template compiled from Go's sources over Interleave's reflect:
// define/template, range/else with index, with, if/and/gt, methods with
// and without arguments, FuncMap funcs, maps, builtins, parse and exec errors.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

func (i Item) Upper() string              { return strings.ToUpper(i.Name) }
func (i Item) Discount(p float64) float64 { return i.Price * (1 - p) }

func main() {
	funcs := template.FuncMap{"join": strings.Join, "add": func(a, b int) int { return a + b }}
	tmpl := template.Must(template.New("t").Funcs(funcs).Parse(`{{define "item"}}- {{.Name}} ({{printf "%.2f" .Price}}) {{.Upper}} {{.Discount 0.5}}{{end -}}
Items:
{{range $i, $e := .Items}}{{template "item" $e}} #{{add $i 1}} [{{join .Tags ","}}]
{{else}}none
{{end}}{{with .Owner}}Owner: {{.}}{{end}}
{{if and .Show (gt (len .Items) 1)}}many{{else}}few{{end}} {{.M.b}} {{index .M "a"}} {{len .M}}
{{range $k, $v := .M}}{{$k}}={{$v}};{{end}}
{{- /* comment */ -}}
{{"\n"}}{{html "<a>"}} {{js "x'y"}} {{urlquery "a b"}} {{print 1 2 "x"}} {{println "end"}}`))
	data := map[string]any{
		"Items": []Item{{"apple", 1.25, []string{"fruit", "red"}}, {"pear", 2, nil}},
		"Owner": "Ann",
		"Show":  true,
		"M":     map[string]int{"b": 2, "a": 1},
	}
	if err := tmpl.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println(err)
	err = template.Must(template.New("e").Parse("{{.Missing.X}}\n")).Execute(os.Stdout, data)
	fmt.Println(err)
	err = template.Must(template.New("e2").Parse("{{.Nope}}")).Execute(os.Stdout, Item{})
	fmt.Println(err)
}
