package runner

import (
	"testing"

	"interleave/examples"
)

// BenchmarkMachineSetup measures what every schedule of an exploration
// pays before its first step: a machine made from the program's std
// template (vm/template.go), and for comparison one whole random run.
func BenchmarkMachineSetup(b *testing.B) {
	for _, name := range []string{"crashmap", "cache", "owner"} {
		ex, _ := examples.Get(name)
		p := compileT(b, ex.Source)
		p.Run(Options{Seed: 1}) // the template is taken by the first run
		b.Run(name+"/new", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				p.newMachine(Options{Seed: int64(i)}, nil)
			}
		})
		b.Run(name+"/run", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				p.Run(Options{Seed: int64(i)})
			}
		})
	}
}
