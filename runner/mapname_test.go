package runner

import "testing"

func TestMapName(t *testing.T) {
	cases := []struct{ line, op, want string }{
		{`	data["key"] = i // Write happens here.`, "map.write", "data"},
		{`	_ = c.data[key]`, "map.read", "c.data"},
		{`	delete(m, k)`, "map.delete", "m"},
		{`	clear( cache.items )`, "map.clear", "cache.items"},
		{`	for k, v := range m.items {`, "map.iter", "m.items"},
		{`	fmt.Println("a[b]", counts[w])`, "map.read", "counts"},
		{`	undelete(x); y[1] = 2`, "map.write", "y"},
		{`	s := "range x"`, "map.iter", ""},
	}
	for _, c := range cases {
		p := &Program{src: c.line}
		if got := p.mapName(1, c.op); got != c.want {
			t.Errorf("mapName(%q, %s) = %q, want %q", c.line, c.op, got, c.want)
		}
	}
}
