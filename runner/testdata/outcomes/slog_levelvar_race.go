// A goroutine raises a slog.LevelVar to Warn while main logs two Info
// lines and, after the handshake, a Warn line: each Info line is printed
// only if it ran before the level changed.
// outcomes: min-reached=2
package main

import (
	"log/slog"
	"os"
)

func main() {
	var lv slog.LevelVar
	o := &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(g) == 0 {
			return slog.Attr{}
		}
		return a
	}}
	o.Level = &lv
	l := slog.New(slog.NewTextHandler(os.Stdout, o))
	done := make(chan bool)
	go func() {
		lv.Set(slog.LevelWarn)
		done <- true
	}()
	l.Info("one")
	l.Info("two")
	<-done
	l.Warn("three")
}
