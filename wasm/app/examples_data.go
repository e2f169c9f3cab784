//go:build js && wasm

package main

import "interleave/examples"

// loadExamples copies the embedded examples into the app's own type.
func loadExamples() []exampleInfo {
	all := examples.All()
	out := make([]exampleInfo, len(all))
	for i, ex := range all {
		out[i] = exampleInfo{
			Name: ex.Name, Title: ex.Title, Summary: ex.Summary, Expect: ex.Expect,
			ExpectMessage: ex.ExpectMessage, Category: ex.Category, Toggle: ex.Toggle, Source: ex.Source,
		}
	}
	return out
}
