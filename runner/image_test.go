package runner

import (
	"sync"
	"testing"
)

// TestCompileConcurrently compiles different programs on several
// goroutines at once, each importing standard packages the others may be
// building for the first time, and checks each runs as when compiled alone.
func TestCompileConcurrently(t *testing.T) {
	srcs := []string{
		"package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello\") }\n",
		"package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() { fmt.Println(strings.ToUpper(\"up\")) }\n",
		"package main\n\nimport (\n\t\"container/list\"\n\t\"fmt\"\n)\n\nfunc main() { l := list.New(); l.PushBack(3); fmt.Println(l.Len()) }\n",
		"package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() { s := bufio.NewScanner(strings.NewReader(\"a b\")); s.Split(bufio.ScanWords); n := 0; for s.Scan() { n++ }; fmt.Println(n) }\n",
		"package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n)\n\nfunc main() { ctx, cancel := context.WithCancel(context.Background()); cancel(); fmt.Println(ctx.Err()) }\n",
	}
	want := []string{"hello\n", "UP\n", "1\n", "2\n", "context canceled\n"}
	var wg sync.WaitGroup
	for round := 0; round < 2; round++ {
		for i, src := range srcs {
			wg.Go(func() {
				p, err := Compile(src)
				if err != nil {
					t.Errorf("program %d: %v", i, err)
					return
				}
				if r := p.Run(Options{}); r.Stdout != want[i] {
					t.Errorf("program %d prints %q, want %q (stderr %q)", i, r.Stdout, want[i], r.Stderr)
				}
			})
		}
	}
	wg.Wait()
}
