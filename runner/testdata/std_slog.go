// log/slog compiled from Go's sources: text and JSON handlers, levels,
// groups, With/WithGroup, ReplaceAttr, LogValuer, errors and any values.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"time"
)

type user struct {
	ID   int
	Name string
}

func (u user) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

func main() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: noTime})
	l := slog.New(h)
	l.Info("hello", "n", 3, "f", 1.5, slog.Group("g", "a", true, "s", "two words"))
	l.With("req", 7).Debug("dbg", "err", fmt.Errorf("boom"), "d", 1500*time.Millisecond)
	l.Warn("user", "u", user{1, "ann"}, "empty", slog.GroupValue(), "bad")
	l.Log(context.Background(), slog.LevelError+2, "custom level", slog.Uint64("u", 7))
	fmt.Println(l.Enabled(context.Background(), slog.LevelDebug-1), slog.LevelWarn, slog.Level(-2))
	j := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime}))
	j.Warn("json", "m", map[string]int{"a": 1}, "s", []string{"x"}, "q", "quote\"d")
	j.WithGroup("grp").With("k", 1).Error("e", slog.Int("code", 5), slog.Any("b", []int{1, 2}), "u", user{2, "bob"})
	j.Debug("not shown")
	v := slog.AnyValue(3.5)
	fmt.Println(v.Kind(), v.Float64(), slog.StringValue("s").Equal(slog.StringValue("s")), slog.IntValue(4).Any())
	var r slog.Record
	r = slog.NewRecord(time.Time{}, slog.LevelInfo, "rec", 0)
	r.AddAttrs(slog.Bool("ok", true))
	fmt.Println(r.NumAttrs(), r.Message)
}
